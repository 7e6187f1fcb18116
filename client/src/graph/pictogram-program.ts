/**
 * The type icon drawn over each node's disc (the second half of the explorer's node program), set up
 * so it costs as little as it can in software rendering.
 */
import { createNodeImageProgram } from '@sigma/node-image';
import { ENTITY_TYPES } from '../../../core/model.ts';
import { iconDataUrl } from './style.ts';

/**
 * Creates the pictogram layer: @sigma/node-image's program without a picking pass (the disc under it picks
 * the node already; a second pass only cost fill rate). Its texture manager is shared by every
 * instance, so the type icons are registered once, before any node needs them: otherwise the first
 * big graph is drawn, then fully refreshed and redrawn when the icons arrive.
 */
export function createPictogramProgram() {
  const ImageProgram = createNodeImageProgram({ padding: 0.22, size: { mode: 'force', value: 96 }, drawingMode: 'color', colorAttribute: 'pictoColor' });
  const manager = (ImageProgram as unknown as { textureManager: { registerImage(src: string): Promise<void> } }).textureManager;
  for (const t of ENTITY_TYPES) void manager.registerImage(iconDataUrl(t));
  type Args = ConstructorParameters<typeof ImageProgram>;
  return class extends ImageProgram {
    constructor(gl: Args[0], _pickingBuffer: Args[1], renderer: Args[2]) {
      super(gl, null, renderer);
    }
  };
}

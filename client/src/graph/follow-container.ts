/**
 * Sigma's canvas following its container. Sigma itself only listens to window resizes (and resizes
 * at each render), so a container resized by the page (the results drawer opening under it) kept
 * stale canvases until the next frame. And when the container moves on the page (below 1280 px the
 * details, opening beside the canvas, fold the left sidebar), sigma re-centres the graph in the new
 * box: the graph jumped ~270 px sideways between the two clicks of a double-click, so the second
 * missed the node it was meant to expand. Here the camera pans, and zooms for the new size, so the
 * graph keeps its place and scale on the page.
 */
import type Sigma from 'sigma';
import type { CameraState } from 'sigma/types';

interface Frame {
  left: number;
  top: number;
  width: number;
  height: number;
  windowWidth: number;
  windowHeight: number;
}

/**
 * The framed-graph point at a viewport point of a viewport of size `dims`, at `state`. Sigma maps
 * through the matrix of the given size but divides by its own current size: undone here.
 */
function framedAt(sigma: Sigma, state: CameraState, dims: { width: number; height: number }, p: { x: number; y: number }) {
  const own = sigma.getDimensions();
  return sigma.viewportToFramedGraph({ x: (p.x * own.width) / dims.width, y: (p.y * own.height) / dims.height }, { cameraState: state, viewportDimensions: dims });
}

/** Framed-graph units per pixel at `state` in a viewport of size `dims`. */
function unitsPerPixel(sigma: Sigma, state: CameraState, dims: { width: number; height: number }): number {
  const a = framedAt(sigma, state, dims, { x: 0, y: 0 });
  const b = framedAt(sigma, state, dims, { x: 100, y: 0 });
  return Math.hypot(b.x - a.x, b.y - a.y) / 100;
}

/**
 * Resizes sigma with its container and, when sigma takes a new size while the container's top-left
 * corner moved within an unchanged window, moves the camera so the graph stays where it was on the
 * page. Returns the function that stops following.
 */
export function followContainer(sigma: Sigma, container: HTMLElement): () => void {
  const measure = (): Frame => {
    const r = container.getBoundingClientRect();
    const { width, height } = sigma.getDimensions();
    return { left: r.left, top: r.top, width, height, windowWidth: window.innerWidth, windowHeight: window.innerHeight };
  };
  let last = measure();
  // Sigma emits 'resize' from resize(), which each render calls first: the camera set here is the
  // one the frame then draws with. The selection that opened the details draws a frame before the
  // double-click's second click comes (sigma-view refreshes in a microtask), so that click finds the
  // node where it was.
  const keepInPlace = () => {
    const before = last;
    const now = measure();
    last = now;
    const moved = now.left !== before.left || now.top !== before.top;
    const sameWindow = now.windowWidth === before.windowWidth && now.windowHeight === before.windowHeight;
    if (!moved || !sameWindow || !sigma.getGraph().order || before.width < 2 || before.height < 2) return;
    const camera = sigma.getCamera();
    const state = camera.getState();
    // The graph point to show at the new box's centre is the one at that place on the page now.
    const centre = framedAt(sigma, state, before, { x: now.left + now.width / 2 - before.left, y: now.top + now.height / 2 - before.top });
    const zoom = unitsPerPixel(sigma, state, before) / unitsPerPixel(sigma, state, now);
    if (Number.isFinite(zoom) && zoom > 0) camera.setState({ x: centre.x, y: centre.y, ratio: state.ratio * zoom });
  };
  sigma.on('resize', keepInPlace);
  const observer = new ResizeObserver(() => {
    sigma.resize();
    sigma.scheduleRender();
  });
  observer.observe(container);
  return () => {
    sigma.off('resize', keepInPlace);
    observer.disconnect();
  };
}

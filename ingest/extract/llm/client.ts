/**
 * A minimal client for OpenAI-compatible chat completions (OpenAI, Ollama, vLLM, llama.cpp server…):
 * one POST to `${baseUrl}/chat/completions` asking for a JSON object, with a timeout. No SDK needed.
 */

/** Where and how to reach the model. */
export interface LlmOptions {
  /** e.g. "http://127.0.0.1:11434/v1" for Ollama. */
  baseUrl: string;
  model: string;
  apiKey?: string;
  /** Per request, default 120 s. */
  timeoutMs?: number;
}

/** Sends the messages and returns the text of the first choice; throws on HTTP or shape errors. */
export async function chatJson(opts: LlmOptions, messages: { role: string; content: string }[]): Promise<string> {
  const url = `${opts.baseUrl.replace(/\/+$/, '')}/chat/completions`;
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(opts.apiKey ? { authorization: `Bearer ${opts.apiKey}` } : {}) },
    body: JSON.stringify({ model: opts.model, messages, temperature: 0, response_format: { type: 'json_object' } }),
    signal: AbortSignal.timeout(opts.timeoutMs ?? 120_000),
  });
  if (!res.ok) throw new Error(`LLM endpoint answered ${res.status}`);
  const body = (await res.json()) as { choices?: { message?: { content?: unknown } }[] };
  const content = body.choices?.[0]?.message?.content;
  if (typeof content !== 'string' || !content.trim()) throw new Error('LLM answer has no message content');
  return content;
}

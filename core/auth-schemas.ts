/** Payloads of sign-in (`/api/login`, `/api/me`), shared by server and client. */
import { z } from 'zod';

export const USER_ROLES = ['viewer', 'editor'] as const;

export const loginBodySchema = z.object({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(1024),
  /** true: answer with a bearer token for scripts instead of setting the session cookie. */
  token: z.boolean().default(false),
});
export type LoginBody = z.infer<typeof loginBodySchema>;

export const loginResponseSchema = z.object({
  user: z.string(),
  role: z.enum(USER_ROLES),
  /** When the session ends (ISO 8601). */
  expiresAt: z.string(),
  /** Only when `token: true` was asked: send it as `Authorization: Bearer <token>`. */
  token: z.string().optional(),
});
export type LoginResponse = z.infer<typeof loginResponseSchema>;

export const meResponseSchema = z.object({
  /** false when the server has no users: everyone is anonymous. */
  signInRequired: z.boolean(),
  user: z.string().nullable(),
  role: z.enum(USER_ROLES),
});
export type MeResponse = z.infer<typeof meResponseSchema>;

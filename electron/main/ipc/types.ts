import type { Channel } from '../../../shared/contracts/channels';
import type { Arg, Out } from '../../../shared/contracts/ipc';
import type { SessionUser } from '../../../shared/domain/staff/staff.schema';
import type { Result } from '../../../shared/result';
import type { Actor } from '../mutations/types';

/** What a handler knows about its caller. */
export type HandlerCtx = {
  user: SessionUser | null;
  /** Present whenever `user` is; channels outside PUBLIC_CHANNELS only run with a signed-in user. */
  actor: Actor | null;
  /** Whether this caller's session is locked (only WHILE_LOCKED_CHANNELS reach a handler then). */
  locked: boolean;
  signIn: (userId: string) => void;
  signOut: () => void;
  /** Locks this caller's session (idle lock); unlock lifts it once the password was checked. */
  lock: () => void;
  unlock: () => void;
};

export type Handler<C extends Channel> = (
  arg: Arg<C>,
  ctx: HandlerCtx & { actor: Actor; user: SessionUser },
) => Result<Out<C>> | Promise<Result<Out<C>>>;
export type PublicHandler<C extends Channel> = (
  arg: Arg<C>,
  ctx: HandlerCtx,
) => Result<Out<C>> | Promise<Result<Out<C>>>;

/** Channels callable without signing in. Everything else is refused with UNAUTHENTICATED first. */
export const PUBLIC_CHANNELS = [
  'setup:status',
  'setup:initialize',
  'setup:enrol',
  'auth:signIn',
  'auth:signOut',
  'auth:me',
  'auth:lockState',
  'health:status',
  'recovery:restore',
] as const;
export type PublicChannel = (typeof PUBLIC_CHANNELS)[number];

/**
 * What a locked session may still call (issue 15 item 3): unlocking, signing out, and asking whether it is
 * locked. Everything else — reads included, public or not — is refused with SESSION_LOCKED, so a locked desk
 * shows nothing and changes nothing even to a caller that ignores the lock screen.
 */
export const WHILE_LOCKED_CHANNELS: readonly Channel[] = [
  'auth:unlock',
  'auth:signOut',
  'auth:lock',
  'auth:lockState',
];

/** Exhaustive: adding a channel to the contract without a handler here does not compile. */
export type Handlers = { [C in PublicChannel]: PublicHandler<C> } & {
  [C in Exclude<Channel, PublicChannel>]: Handler<C>;
};

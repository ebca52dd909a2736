/** The request of a method that takes nothing: one request object in, even when it is empty. */
export type Empty = Record<string, never>

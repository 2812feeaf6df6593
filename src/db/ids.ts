import { v7 } from 'uuid'

/** Record ids are UUIDv7: unique without coordination, and sorted by creation time (cursor pagination relies on it). */
export const newId = (): string => v7()

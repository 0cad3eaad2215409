/**
 * The fixed choices of a request and a pack. Apart from the schemas (common.ts), so that code
 * which only needs the choices never loads zod (the drop-in's first file: see engine/full-checks.ts).
 */
export const LEVELS = ['level1', 'level2', 'level3'] as const;
export type Level = (typeof LEVELS)[number];

export const FACILITIES = ['level1', 'level2', 'level3', 'unrated', 'pharmacy'] as const;
export type Facility = (typeof FACILITIES)[number];

export const ENROLLMENTS = ['employer', 'individual-1', 'individual-2'] as const;
export type Enrollment = (typeof ENROLLMENTS)[number];

export const OUT_OF_AREA = ['none', 'registered', 'unregistered'] as const;
export type OutOfArea = (typeof OUT_OF_AREA)[number];

export const STATUSES = ['inService', 'retired'] as const;
export type Status = (typeof STATUSES)[number];

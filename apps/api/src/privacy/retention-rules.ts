/** How long an author has, after being told, to touch a draft proposed for deletion before it is deleted. */
export const DRAFT_GRACE_DAYS = 30;
/** The retention a beheerder may set for drafts, in months (the default, 12, is the schema's). */
export const DRAFT_RETENTION_MIN = 1;
export const DRAFT_RETENTION_MAX = 120;

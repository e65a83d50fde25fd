/** Fired (bubbling) on an exercise's root after every check: `detail` is `{ id, passed }`. */
export const CHECKED_EVENT = 'pml:checked';

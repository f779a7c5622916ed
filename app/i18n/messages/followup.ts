// UI strings of the followup pages. Chinese first; English must have every key.
export const zh = {} as const;

export const en: Record<keyof typeof zh, string> = {};

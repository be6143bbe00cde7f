import { clsx, type ClassValue } from 'clsx';

/**
 * Joins class names. It does not resolve conflicting Tailwind utilities (tailwind-merge would, for
 * 8.5 kB gzip of start-up JavaScript): callers pass alternatives, never two of the same property.
 */
export function cn(...inputs: ClassValue[]): string {
  return clsx(inputs);
}

import type { ComponentProps } from 'react';
import { cn } from '../../lib/cn.ts';

type Variant = 'primary' | 'secondary' | 'ghost';

const VARIANTS: Record<Variant, string> = {
  primary: 'bg-sky-800 text-white hover:bg-sky-900 border-transparent',
  secondary: 'bg-white text-slate-900 hover:bg-slate-100 border-slate-300',
  ghost: 'bg-transparent text-slate-800 hover:bg-slate-200 border-transparent',
};

export function Button({
  variant = 'secondary',
  className,
  type = 'button',
  ...props
}: ComponentProps<'button'> & { variant?: Variant }) {
  return (
    <button
      type={type}
      className={cn(
        'inline-flex min-h-9 min-w-9 items-center justify-center gap-1.5 rounded-md border px-3 py-1.5 text-sm font-medium focus-ring transition-colors disabled:opacity-50',
        VARIANTS[variant],
        className,
      )}
      {...props}
    />
  );
}

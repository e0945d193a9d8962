import type { ReactNode } from 'react';
import type { Loaded } from '../load';
import { useT } from '../i18n';

/** The loading and failure states every view shares. */
export function LoadState<T>(props: { loaded: Loaded<T>; children: (value: T) => ReactNode }) {
  const t = useT();
  switch (props.loaded.state) {
    case 'loading':
      return <p role="status">{t('loading')}</p>;
    case 'failed':
      return <p role="alert">{props.loaded.error.message}</p>;
    case 'loaded':
      return <>{props.children(props.loaded.value)}</>;
  }
}

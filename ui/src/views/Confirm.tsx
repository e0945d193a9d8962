import { useState } from 'react';

/**
 * A button whose action asks first: the question and two answers replace it
 * in place (no native dialog, which the webview may not show).
 */
export function ConfirmButton(props: {
  label: string;
  ariaLabel?: string;
  question: string;
  yes: string;
  no: string;
  disabled?: boolean;
  onConfirm: () => void;
}) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" aria-label={props.ariaLabel} disabled={props.disabled} onClick={() => setAsking(true)}>
        {props.label}
      </button>
    );
  }
  return (
    <span role="group" aria-label={props.question} className="confirm">
      <span>{props.question}</span>{' '}
      <button
        type="button"
        autoFocus
        onClick={() => {
          setAsking(false);
          props.onConfirm();
        }}
      >
        {props.yes}
      </button>{' '}
      <button type="button" onClick={() => setAsking(false)}>
        {props.no}
      </button>
    </span>
  );
}

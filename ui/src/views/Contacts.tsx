import { type FormEvent, useState } from 'react';
import type { ContactField } from '../bindings/ContactField';
import type { ContactView } from '../bindings/ContactView';
import { useT } from '../i18n';
import { shell, toCommandError } from '../ipc';
import { BirthdayField, BirthdayInputs, type BirthdayParts, birthdayText, parseBirthday } from './Birthday';
import { ConfirmButton } from './Confirm';
import { InlineField } from './InlineField';

/** The text fields of a contact, by their `set_field` names, in the order shown. */
const TEXT_FIELDS = ['name', 'title', 'phones', 'email', 'preferences', 'notes'] as const;
type TextField = (typeof TEXT_FIELDS)[number];

function text(contact: ContactView, field: TextField): string {
  switch (field) {
    case 'phones':
    case 'preferences':
      return contact[field].join('; ');
    case 'email':
      return contact.email ?? '';
    default:
      return contact[field];
  }
}

/** A client's people: key persons first, each edited in place; add and remove. */
export function Contacts(props: { clientId: string; contacts: ContactView[]; onChanged: () => void }) {
  const t = useT();
  const keyFirst = [...props.contacts].sort((a, b) => Number(b.keyPerson) - Number(a.keyPerson));
  return (
    <section aria-labelledby="contacts-title">
      <h2 id="contacts-title">{t('client-contacts')}</h2>
      {props.contacts.length === 0 && <p>{t('client-no-contacts')}</p>}
      <ul className="cards contacts">
        {keyFirst.map((contact) => (
          <Contact key={contact.id} contact={contact} onChanged={props.onChanged} />
        ))}
      </ul>
      <AddContact clientId={props.clientId} onAdded={props.onChanged} />
    </section>
  );
}

function Contact({ contact, onChanged }: { contact: ContactView; onChanged: () => void }) {
  const t = useT();
  const [error, setError] = useState('');
  const save = (field: ContactField, value: string) => shell.setContactField(contact.id, field, value).then(onChanged);
  const remove = () =>
    shell.removeContact(contact.id).then(onChanged, (e: unknown) => setError(toCommandError(e).message));
  return (
    <li aria-label={contact.name}>
      <strong>{contact.name}</strong>
      <label className={contact.keyPerson ? 'check badge' : 'check'}>
        <input
          type="checkbox"
          checked={contact.keyPerson}
          aria-label={t('contact-key-person-of', { name: contact.name })}
          onChange={(e) =>
            save('key_person', e.target.checked ? 'yes' : 'no').catch((err: unknown) => setError(toCommandError(err).message))
          }
        />
        {contact.keyPerson ? `★ ${t('key-person')}` : t('key-person')}
      </label>
      <dl className="profile">
        {TEXT_FIELDS.map((field) => (
          <InlineField
            key={field}
            label={t(`contact-${field}`)}
            value={text(contact, field)}
            multiline={field === 'notes'}
            save={(value) => save(field, value)}
          />
        ))}
        <BirthdayField name={contact.name} value={contact.birthday} save={(value) => save('birthday', value)} />
      </dl>
      <ConfirmButton
        label={t('contact-remove-button')}
        ariaLabel={t('contact-remove', { name: contact.name })}
        question={t('contact-remove-confirm', { name: contact.name })}
        yes={t('contact-remove-yes')}
        no={t('confirm-keep')}
        onConfirm={remove}
      />
      {error && <p role="alert">{error}</p>}
    </li>
  );
}

function AddContact({ clientId, onAdded }: { clientId: string; onAdded: () => void }) {
  const t = useT();
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  const [keyPerson, setKeyPerson] = useState(false);
  const [birthday, setBirthday] = useState<BirthdayParts>(parseBirthday(null));
  const [error, setError] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    shell.addContact(clientId, { name, title, key_person: keyPerson ? 'yes' : 'no', birthday: birthdayText(birthday) }).then(
      () => {
        setError('');
        setName('');
        setTitle('');
        setKeyPerson(false);
        setBirthday(parseBirthday(null));
        onAdded();
      },
      (e: unknown) => setError(toCommandError(e).message),
    );
  };
  return (
    <form className="add-contact" aria-label={t('contact-add')} onSubmit={submit}>
      <h3>{t('contact-add')}</h3>
      <div className="row-form">
        <label>
          {t('contact-name')}
          <input value={name} required onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          {t('contact-title')}
          <input value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label className="check">
          <input type="checkbox" checked={keyPerson} onChange={(e) => setKeyPerson(e.target.checked)} />
          {t('key-person')}
        </label>
      </div>
      <BirthdayInputs parts={birthday} onChange={setBirthday} />
      <button type="submit">{t('contact-add-submit')}</button>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}

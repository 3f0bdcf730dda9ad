import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { addendumSchema, type Visit } from '../../data/visits/visit.schema';
import { TextAreaField } from '../../ui/field';

const formSchema = addendumSchema.pick({ text: true });

/** A signed visit's addenda, oldest first, each with author and time, and a form to add one. */
export function Addenda({
  visit,
  busy,
  onAdd,
}: {
  readonly visit: Visit;
  readonly busy: boolean;
  readonly onAdd: (text: string) => Promise<void>;
}) {
  const form = useForm<{ text: string }>({
    resolver: zodResolver(formSchema),
    defaultValues: { text: '' },
  });
  const submit = form.handleSubmit(async ({ text }) => {
    await onAdd(text.trim());
    form.reset({ text: '' });
  });
  return (
    <section className="panel" aria-labelledby="addenda-heading">
      <h2 id="addenda-heading">Addenda</h2>
      <p className="muted">
        Signed by {visit.signature?.signedBy} on{' '}
        {visit.signature ? new Date(visit.signature.signedAt).toLocaleString() : ''} with knowledge
        base {visit.signature?.kbVersion}. The signed record is read-only; add notes here.
      </p>
      {visit.addenda.length === 0 ? <p>No addenda.</p> : null}
      <ol className="addenda">
        {visit.addenda.map((a) => (
          <li key={a.id}>
            <p className="addenda__meta">
              {a.author}, {new Date(a.createdAt).toLocaleString()}
            </p>
            <p className="addenda__text">{a.text}</p>
          </li>
        ))}
      </ol>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <TextAreaField
          label="New addendum"
          rows={3}
          error={form.formState.errors.text?.message}
          disabled={busy}
          {...form.register('text')}
        />
        <div className="form__actions">
          <button type="submit" className="button" disabled={busy || form.formState.isSubmitting}>
            Add addendum
          </button>
        </div>
      </form>
    </section>
  );
}

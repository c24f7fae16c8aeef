import { useMutation, useQuery } from '@apollo/client/react';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useLocation } from 'wouter';
import { graphql } from '../gql';
import type { FilingProcedureQuery, ReturnChannel } from '../gql/graphql';
import { useI18n } from '../i18n';
import { useAuth } from '../lib/auth';
import { useDraft } from '../lib/draft';
import { ErrorNotice, userErrors } from '../lib/errors';
import { FileField } from '../lib/FileField';
import type { Uploaded } from '../lib/upload';

const FilingProcedure = graphql(`
  query FilingProcedure($code: ID!) {
    procedure(code: $code) {
      code
      version
      name
      levels
      documents {
        case
        name
        copies {
          original
          copy
        }
        formId
      }
      forms {
        id
        name
        fields {
          key
          type
          label
          required
          pattern
          help
          maxLength
          options {
            value
            label
          }
        }
      }
    }
    administrativeUnits {
      code
      name
      level
      offersOnline(procedureCode: $code)
      children {
        code
        name
        level
        offersOnline(procedureCode: $code)
      }
    }
  }
`);

const SubmitDossier = graphql(`
  mutation SubmitDossier($input: SubmitDossierInput!, $idempotencyKey: ID!) {
    submitDossier(input: $input, idempotencyKey: $idempotencyKey) {
      code
      status
    }
  }
`);

type Procedure = NonNullable<FilingProcedureQuery['procedure']>;
type FormField = Procedure['forms'][number]['fields'][number];

type Draft = {
  idempotencyKey: string;
  step: number;
  unitCode: string;
  cases: string[];
  applicantName: string;
  applicantId: string;
  form: Record<string, string>;
  files: Record<string, Uploaded[]>;
  phone: string;
  email: string;
  notifySms: boolean;
  notifyEmail: boolean;
  returnChannel: ReturnChannel;
  postalName: string;
  postalPhone: string;
  postalAddress: string;
};

const STEPS = ['stepUnit', 'stepApplicant', 'stepForm', 'stepDocuments', 'stepContact', 'stepCheck'] as const;
const COMMON = 'Chung';

/** A document handed in as a file: at least one original or copy, and not the procedure's own form. */
const needsFile = (document: Procedure['documents'][number]) =>
  !document.formId && document.copies.original + document.copies.copy > 0;

function FieldInput({
  field,
  register,
  error,
}: {
  field: FormField;
  register: ReturnType<typeof useForm>['register'];
  error?: string | undefined;
}) {
  const { t } = useI18n();
  const id = `f-${field.key}`;
  const describedBy =
    [field.help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    'aria-describedby': describedBy,
    'aria-invalid': error ? true : undefined,
    ...register(field.key, {
      required:
        field.required && field.type !== 'CHECKBOX' ? t('fieldRequired', { label: field.label }) : false,
      ...(field.maxLength
        ? { maxLength: { value: field.maxLength, message: t('fieldPattern', { label: field.label }) } }
        : {}),
      ...(field.pattern
        ? {
            pattern: {
              value: new RegExp(`^(?:${field.pattern})$`, 'u'),
              message: t('fieldPattern', { label: field.label }),
            },
          }
        : field.type === 'ID_NUMBER'
          ? { pattern: { value: /^\d{12}$/, message: `${field.label}: ${t('fieldIdNumber')}` } }
          : field.type === 'PHONE'
            ? { pattern: { value: /^0\d{9}$/, message: `${field.label}: ${t('fieldPhone')}` } }
            : {}),
    }),
  };
  const label = (
    <>
      {field.label}
      {field.required && <span className="required"> ({t('required')})</span>}
    </>
  );
  return (
    <div className={`field${error ? ' invalid' : ''}`}>
      {field.type === 'CHECKBOX' ? (
        <div className="checkbox">
          <input type="checkbox" value="true" {...common} />
          <label htmlFor={id}>{label}</label>
        </div>
      ) : (
        <label htmlFor={id}>{label}</label>
      )}
      {field.help && (
        <p className="hint" id={`${id}-help`}>
          {field.help}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      {field.type === 'TEXTAREA' ? (
        <textarea rows={3} {...common} />
      ) : field.type === 'SELECT' ? (
        <select {...common}>
          <option value="">{t('selectPlaceholder')}</option>
          {field.options?.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : field.type === 'CHECKBOX' ? null : (
        <input
          type={
            field.type === 'DATE'
              ? 'date'
              : field.type === 'EMAIL'
                ? 'email'
                : field.type === 'PHONE'
                  ? 'tel'
                  : 'text'
          }
          inputMode={field.type === 'NUMBER' || field.type === 'ID_NUMBER' ? 'numeric' : undefined}
          autoComplete="off"
          {...common}
        />
      )}
    </div>
  );
}

/** One step's form: react-hook-form validates it, and what is typed goes to the draft as it is typed. */
function StepForm(props: {
  defaults: Record<string, unknown>;
  onSave: (values: Record<string, unknown>) => void;
  onNext: () => void;
  onBack?: (() => void) | undefined;
  serverErrors?: Record<string, string>;
  children: (form: ReturnType<typeof useForm>) => ReactNode;
}) {
  const { t } = useI18n();
  const form = useForm({ defaultValues: props.defaults, mode: 'onBlur' });
  const { onSave } = props;
  useEffect(() => {
    const subscription = form.watch((values) => onSave(values as Record<string, unknown>));
    return () => subscription.unsubscribe();
  }, [form, onSave]);
  useEffect(() => {
    for (const [key, message] of Object.entries(props.serverErrors ?? {})) form.setError(key, { message });
  }, [form, props.serverErrors]);
  return (
    <form
      noValidate
      onSubmit={form.handleSubmit((values) => {
        onSave(values);
        props.onNext();
      })}
    >
      {props.children(form)}
      <div className="actions">
        {props.onBack && (
          <button type="button" className="secondary" onClick={props.onBack}>
            {t('back')}
          </button>
        )}
        <button type="submit">{t('continue')}</button>
      </div>
    </form>
  );
}

const fieldError = (form: ReturnType<typeof useForm>, key: string) => {
  const message = form.formState.errors[key]?.message;
  return typeof message === 'string' ? message : undefined;
};

export default function FilingWizard({ code }: { code: string }) {
  const { t, pick } = useI18n();
  const { status, person, signIn } = useAuth();
  const [, navigate] = useLocation();
  const { data, error, loading } = useQuery(FilingProcedure, { variables: { code } });
  const [draft, setDraft, clearDraft] = useDraft<Draft>(`filing.${code}`, {
    idempotencyKey: crypto.randomUUID(),
    step: 0,
    unitCode: '',
    cases: [],
    applicantName: '',
    applicantId: '',
    form: {},
    files: {},
    phone: '',
    email: '',
    notifySms: true,
    notifyEmail: false,
    returnChannel: 'ONLINE',
    postalName: '',
    postalPhone: '',
    postalAddress: '',
  });
  const latest = useRef(draft);
  latest.current = draft;
  const update = (patch: Partial<Draft>) => setDraft({ ...latest.current, ...patch });
  const [submit, submission] = useMutation(SubmitDossier);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [documentErrors, setDocumentErrors] = useState<Record<string, string>>({});
  const heading = useRef<HTMLHeadingElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: each new step is announced by focusing its heading
  useEffect(() => {
    heading.current?.focus();
  }, [draft.step]);

  if (status === 'checking' || (loading && !data)) return <p role="status">{t('loading')}</p>;
  if (status !== 'signedIn')
    return (
      <>
        <h1 tabIndex={-1}>{t('fileOnline')}</h1>
        <p>
          <button type="button" onClick={() => void signIn()}>
            {t('signInToFile')}
          </button>
        </p>
      </>
    );
  const procedure = data?.procedure;
  if (!procedure)
    return (
      <>
        <ErrorNotice error={error} />
        <h1 tabIndex={-1}>{t('notFound')}</h1>
      </>
    );
  const units = (data?.administrativeUnits ?? [])
    .flatMap((unit) => [unit, ...unit.children])
    .filter((unit) => unit.offersOnline && procedure.levels.includes(unit.level));
  const specialCases = [...new Set(procedure.documents.map((d) => d.case))].filter((name) => name !== COMMON);
  const applicable = procedure.documents.filter((d) => d.case === COMMON || draft.cases.includes(d.case));
  const formIds = new Set(applicable.map((d) => d.formId).filter(Boolean));
  const fields = procedure.forms.filter((form) => formIds.has(form.id)).flatMap((form) => form.fields);
  const uploads = applicable.filter(needsFile);
  const go = (step: number) => update({ step });
  const unitName = units.find((unit) => unit.code === draft.unitCode)?.name ?? draft.unitCode;

  const send = async () => {
    setFieldErrors({});
    setDocumentErrors({});
    const documents = uploads
      .filter((d) => (draft.files[d.name] ?? []).length > 0)
      .map((d) => ({ name: d.name, attachmentIds: (draft.files[d.name] ?? []).map((f) => f.id) }));
    const result = await submit({
      variables: {
        idempotencyKey: draft.idempotencyKey,
        input: {
          procedureCode: procedure.code,
          unitCode: draft.unitCode,
          applicant: { kind: 'PERSON', name: draft.applicantName, idNumber: draft.applicantId },
          cases: draft.cases,
          formData: fields
            .filter((field) => (draft.form[field.key] ?? '') !== '' || field.type === 'CHECKBOX')
            .map((field) => ({
              key: field.key,
              value:
                field.type === 'CHECKBOX'
                  ? String(draft.form[field.key] === 'true' || (draft.form[field.key] as unknown) === true)
                  : String(draft.form[field.key]),
            })),
          documents,
          contact: {
            ...(draft.phone ? { phone: draft.phone } : {}),
            ...(draft.email ? { email: draft.email } : {}),
            notifySms: draft.notifySms && Boolean(draft.phone),
            notifyEmail: draft.notifyEmail && Boolean(draft.email),
          },
          returnChannel: draft.returnChannel,
          ...(draft.returnChannel === 'POST'
            ? {
                postalAddress: {
                  receiverName: draft.postalName,
                  phone: draft.postalPhone,
                  address: draft.postalAddress,
                },
              }
            : {}),
        },
      },
    }).catch((failure: unknown) => ({ data: undefined, error: failure as Error }));
    if (result.data?.submitDossier) {
      clearDraft();
      navigate(`/ho-so/${encodeURIComponent(result.data.submitDossier.code)}?moi=1`);
      return;
    }
    // Each message goes beside what it is about: a form field, or a document to attach.
    const errors = userErrors(result.error);
    const byField: Record<string, string> = {};
    const byDocument: Record<string, string> = {};
    for (const entry of errors) {
      for (const key of entry.fields) byField[key] = pick(entry.vi, entry.en);
      for (const name of entry.missingDocuments) byDocument[name] = t('documentMissing');
    }
    setFieldErrors(byField);
    setDocumentErrors(byDocument);
    if (Object.keys(byField).length > 0) go(2);
    else if (Object.keys(byDocument).length > 0) go(3);
  };

  const stepTitle = t(STEPS[draft.step] ?? 'stepCheck');
  const row = (label: string, value: ReactNode, step: number) => (
    <div className="summary-row" key={label}>
      <dt>{label}</dt>
      <dd>{value || '—'}</dd>
      <dd>
        <button
          type="button"
          className="link-button"
          onClick={() => go(step)}
          aria-label={`${t('change')}: ${label}`}
        >
          {t('change')}
        </button>
      </dd>
    </div>
  );

  return (
    <section className="wizard">
      <p className="meta">{t('wizardTitle', { name: procedure.name })}</p>
      <p className="meta">{t('wizardStep', { step: draft.step + 1, total: STEPS.length })}</p>
      <h1 tabIndex={-1} ref={heading}>
        {stepTitle}
      </h1>
      <p className="hint">
        {t('draftKept')}{' '}
        <button
          type="button"
          className="link-button"
          onClick={() => {
            clearDraft();
            window.location.reload();
          }}
        >
          {t('discardDraft')}
        </button>
      </p>
      {draft.step === 0 && (
        <StepForm
          key="unit"
          defaults={{ unitCode: draft.unitCode || (units[0]?.code ?? ''), cases: draft.cases }}
          onSave={(values) =>
            update({
              unitCode: String(values.unitCode ?? ''),
              cases: (values.cases as string[] | false) || [],
            })
          }
          onNext={() => go(1)}
        >
          {(form) => (
            <>
              <div className={`field${fieldError(form, 'unitCode') ? ' invalid' : ''}`}>
                <label htmlFor="unitCode">{t('chooseUnit')}</label>
                {fieldError(form, 'unitCode') && (
                  <p className="field-error">{fieldError(form, 'unitCode')}</p>
                )}
                <select
                  id="unitCode"
                  {...form.register('unitCode', { required: t('fieldRequired', { label: t('chooseUnit') }) })}
                >
                  {units.map((unit) => (
                    <option key={unit.code} value={unit.code}>
                      {unit.name}
                    </option>
                  ))}
                </select>
              </div>
              {specialCases.length > 0 && (
                <fieldset>
                  <legend>{t('casesLegend')}</legend>
                  {specialCases.map((name) => (
                    <div className="checkbox" key={name}>
                      <input id={`case-${name}`} type="checkbox" value={name} {...form.register('cases')} />
                      <label htmlFor={`case-${name}`}>{name}</label>
                    </div>
                  ))}
                </fieldset>
              )}
            </>
          )}
        </StepForm>
      )}
      {draft.step === 1 && (
        <StepForm
          key="applicant"
          defaults={{
            applicantName: draft.applicantName || person?.name || '',
            applicantId: draft.applicantId,
          }}
          onSave={(values) =>
            update({
              applicantName: String(values.applicantName ?? ''),
              applicantId: String(values.applicantId ?? ''),
            })
          }
          onNext={() => go(2)}
          onBack={() => go(0)}
        >
          {(form) => (
            <>
              <FieldInput
                field={{
                  key: 'applicantName',
                  type: 'TEXT',
                  label: t('applicantName'),
                  required: true,
                  pattern: null,
                  help: null,
                  maxLength: 200,
                  options: null,
                }}
                register={form.register}
                error={fieldError(form, 'applicantName')}
              />
              <FieldInput
                field={{
                  key: 'applicantId',
                  type: 'ID_NUMBER',
                  label: t('applicantId'),
                  required: true,
                  pattern: null,
                  help: null,
                  maxLength: 12,
                  options: null,
                }}
                register={form.register}
                error={fieldError(form, 'applicantId')}
              />
            </>
          )}
        </StepForm>
      )}
      {draft.step === 2 && (
        <StepForm
          key="form"
          defaults={draft.form}
          onSave={(values) =>
            update({
              form: Object.fromEntries(
                Object.entries(values).map(([k, v]) => [
                  k,
                  typeof v === 'boolean' ? String(v) : String(v ?? ''),
                ]),
              ),
            })
          }
          onNext={() => go(3)}
          onBack={() => go(1)}
          serverErrors={fieldErrors}
        >
          {(form) =>
            fields.map((field) => (
              <FieldInput
                key={field.key}
                field={field}
                register={form.register}
                error={fieldError(form, field.key)}
              />
            ))
          }
        </StepForm>
      )}
      {draft.step === 3 && (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const missing = Object.fromEntries(
              uploads
                .filter((d) => d.case === COMMON && (draft.files[d.name] ?? []).length === 0)
                .map((d) => [d.name, t('documentMissing')]),
            );
            setDocumentErrors(missing);
            if (Object.keys(missing).length === 0) go(4);
          }}
        >
          {uploads.map((document) => (
            <FileField
              key={document.name}
              label={document.name}
              target={{ unitCode: draft.unitCode }}
              files={draft.files[document.name] ?? []}
              error={documentErrors[document.name]}
              onChange={(files) => update({ files: { ...latest.current.files, [document.name]: files } })}
            />
          ))}
          <div className="actions">
            <button type="button" className="secondary" onClick={() => go(2)}>
              {t('back')}
            </button>
            <button type="submit">{t('continue')}</button>
          </div>
        </form>
      )}
      {draft.step === 4 && (
        <StepForm
          key="contact"
          defaults={{
            phone: draft.phone,
            email: draft.email,
            notifySms: draft.notifySms,
            notifyEmail: draft.notifyEmail,
            returnChannel: draft.returnChannel,
            postalName: draft.postalName,
            postalPhone: draft.postalPhone,
            postalAddress: draft.postalAddress,
          }}
          onSave={(values) =>
            update({
              phone: String(values.phone ?? ''),
              email: String(values.email ?? ''),
              notifySms: Boolean(values.notifySms),
              notifyEmail: Boolean(values.notifyEmail),
              returnChannel: (values.returnChannel as ReturnChannel) ?? 'ONLINE',
              postalName: String(values.postalName ?? ''),
              postalPhone: String(values.postalPhone ?? ''),
              postalAddress: String(values.postalAddress ?? ''),
            })
          }
          onNext={() => go(5)}
          onBack={() => go(3)}
        >
          {(form) => (
            <>
              <FieldInput
                field={{
                  key: 'phone',
                  type: 'PHONE',
                  label: t('phone'),
                  required: false,
                  pattern: null,
                  help: null,
                  maxLength: 10,
                  options: null,
                }}
                register={form.register}
                error={fieldError(form, 'phone')}
              />
              <FieldInput
                field={{
                  key: 'email',
                  type: 'EMAIL',
                  label: t('email'),
                  required: false,
                  pattern: null,
                  help: null,
                  maxLength: 200,
                  options: null,
                }}
                register={form.register}
                error={fieldError(form, 'email')}
              />
              <fieldset>
                <legend>{t('notifyBy')}</legend>
                <div className="checkbox">
                  <input id="notifySms" type="checkbox" {...form.register('notifySms')} />
                  <label htmlFor="notifySms">{t('notifySms')}</label>
                </div>
                <div className="checkbox">
                  <input id="notifyEmail" type="checkbox" {...form.register('notifyEmail')} />
                  <label htmlFor="notifyEmail">{t('notifyEmail')}</label>
                </div>
              </fieldset>
              <fieldset>
                <legend>{t('returnChannel')}</legend>
                {(['ONLINE', 'DESK', 'POST'] as const).map((channel) => (
                  <div className="radio" key={channel}>
                    <input
                      id={`return-${channel}`}
                      type="radio"
                      value={channel}
                      {...form.register('returnChannel')}
                    />
                    <label htmlFor={`return-${channel}`}>{t(`return${channel}`)}</label>
                  </div>
                ))}
              </fieldset>
              {form.watch('returnChannel') === 'POST' && (
                <>
                  <FieldInput
                    field={{
                      key: 'postalName',
                      type: 'TEXT',
                      label: t('postalName'),
                      required: true,
                      pattern: null,
                      help: null,
                      maxLength: 200,
                      options: null,
                    }}
                    register={form.register}
                    error={fieldError(form, 'postalName')}
                  />
                  <FieldInput
                    field={{
                      key: 'postalPhone',
                      type: 'PHONE',
                      label: t('postalPhone'),
                      required: true,
                      pattern: null,
                      help: null,
                      maxLength: 10,
                      options: null,
                    }}
                    register={form.register}
                    error={fieldError(form, 'postalPhone')}
                  />
                  <FieldInput
                    field={{
                      key: 'postalAddress',
                      type: 'TEXTAREA',
                      label: t('postalAddress'),
                      required: true,
                      pattern: null,
                      help: null,
                      maxLength: 500,
                      options: null,
                    }}
                    register={form.register}
                    error={fieldError(form, 'postalAddress')}
                  />
                </>
              )}
            </>
          )}
        </StepForm>
      )}
      {draft.step === 5 && (
        <>
          <p>{t('checkLead')}</p>
          <h2>{t('stepUnit')}</h2>
          <dl className="summary">
            {row(t('fileUnit'), unitName, 0)}
            {specialCases.length > 0 && row(t('casesLegend'), draft.cases.join('; '), 0)}
          </dl>
          <h2>{t('stepApplicant')}</h2>
          <dl className="summary">
            {row(t('applicantName'), draft.applicantName, 1)}
            {row(t('applicantId'), draft.applicantId, 1)}
          </dl>
          <h2>{t('stepForm')}</h2>
          <dl className="summary">
            {fields.map((field) =>
              row(
                field.label,
                field.type === 'SELECT'
                  ? field.options?.find((option) => option.value === draft.form[field.key])?.label
                  : field.type === 'CHECKBOX'
                    ? draft.form[field.key] === 'true'
                      ? t('yes')
                      : t('no')
                    : draft.form[field.key],
                2,
              ),
            )}
          </dl>
          <h2>{t('stepDocuments')}</h2>
          <dl className="summary">
            {uploads.map((document) =>
              row(document.name, (draft.files[document.name] ?? []).map((f) => f.fileName).join(', '), 3),
            )}
          </dl>
          <h2>{t('stepContact')}</h2>
          <dl className="summary">
            {row(t('phone'), draft.phone, 4)}
            {row(t('email'), draft.email, 4)}
            {row(t('returnChannel'), t(`return${draft.returnChannel}`), 4)}
            {draft.returnChannel === 'POST' &&
              row(t('postalAddress'), `${draft.postalName}, ${draft.postalPhone}, ${draft.postalAddress}`, 4)}
          </dl>
          <p>{t('declaration')}</p>
          <ErrorNotice error={submission.error} />
          <div className="actions">
            <button type="button" className="secondary" onClick={() => go(4)}>
              {t('back')}
            </button>
            <button type="button" disabled={submission.loading} onClick={() => void send()}>
              {submission.loading ? t('submitting') : t('submit')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}

//! Example values of header and body variables (Meta: M-overview, M-components): every
//! variable needs a sample, positional samples in order and in the right count, named samples
//! matched by `param_name`.

use super::context::{at, at_index, counted, quote, type_name, Ctx};
use super::table;
use crate::placeholders::{Placeholder, PlaceholderKey};
use crate::{tr, Locale};
use serde_json::{Map, Value};

/// Which example keys a text uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    Header,
    Body,
}

impl Role {
    fn positional_key(self) -> &'static str {
        match self {
            Role::Header => "header_text",
            Role::Body => "body_text",
        }
    }

    fn named_key(self) -> &'static str {
        match self {
            Role::Header => "header_text_named_params",
            Role::Body => "body_text_named_params",
        }
    }
}

/// Checks the `example` of a header or body component against its variables.
pub(crate) fn check_examples(
    ctx: &mut Ctx,
    comp: &Map<String, Value>,
    comp_ptr: &str,
    vars: &[Placeholder],
    role: Role,
    what: &str,
) {
    let has_pos = vars.iter().any(|p| p.key.is_positional());
    let has_named = vars.iter().any(|p| p.key.is_named());
    if has_pos && has_named {
        return; // already an error; examples cannot match both
    }
    let ex_ptr = at(comp_ptr, "example");
    let example = match comp.get("example") {
        None | Some(Value::Null) => None,
        Some(Value::Object(o)) => Some(o),
        Some(other) => {
            let kind = type_name(other, ctx.locale);
            ctx.emit(
                &table::FIELD_TYPE,
                &ex_ptr,
                tr!(ctx.locale,
                    en: "`example` must be an object, not {kind}.",
                    it: "`example` deve essere un oggetto, non {kind}."),
            );
            return;
        }
    };
    if vars.is_empty() {
        if let Some(ex) = example {
            for key in [role.positional_key(), role.named_key()] {
                if ex.contains_key(key) {
                    ctx.emit(
                        &table::EXAMPLE_UNUSED,
                        &at(&ex_ptr, key),
                        tr!(ctx.locale,
                            en: "{what} has no variables, so `{key}` is not used. Remove it, or \
                                 add the variables it was meant for.",
                            it: "{what} non ha variabili, quindi `{key}` non serve. Rimuovilo o \
                                 aggiungi le variabili a cui era destinato."),
                    );
                }
            }
        }
        return;
    }
    let key = if has_named {
        role.named_key()
    } else {
        role.positional_key()
    };
    let Some(ex) = example else {
        ctx.emit(
            &table::EXAMPLE_MISSING,
            comp_ptr,
            tr!(ctx.locale,
                en: "{what} has {} but no example values. Add \"example\": {{\"{key}\": …}} \
                     with a sample for each variable.",
                it: "{what} ha {} ma nessun valore di esempio. Aggiungi \"example\": \
                     {{\"{key}\": …}} con un esempio per ogni variabile.",
                count_vars(ctx.locale, vars)),
        );
        return;
    };
    let Some(value) = ex.get(key).filter(|v| !v.is_null()) else {
        ctx.emit(
            &table::EXAMPLE_MISSING,
            &ex_ptr,
            tr!(ctx.locale,
                en: "{what} has {} but `example` has no `{key}`. Add it with a sample for each \
                     variable.",
                it: "{what} ha {} ma `example` non ha `{key}`. Aggiungilo con un esempio per \
                     ogni variabile.",
                count_vars(ctx.locale, vars)),
        );
        return;
    };
    let key_ptr = at(&ex_ptr, key);
    if has_named {
        check_named_examples(ctx, value, &key_ptr, vars, what);
    } else {
        check_positional_examples(ctx, value, &key_ptr, vars, role, what);
    }
}

fn count_vars(locale: Locale, vars: &[Placeholder]) -> String {
    counted(
        locale,
        unique_keys(vars).len(),
        ("variable", "variables"),
        ("variabile", "variabili"),
    )
}

fn unique_keys(vars: &[Placeholder]) -> Vec<&PlaceholderKey> {
    let mut keys: Vec<&PlaceholderKey> = Vec::new();
    for p in vars {
        if !keys.contains(&&p.key) {
            keys.push(&p.key);
        }
    }
    keys
}

fn check_positional_examples(
    ctx: &mut Ctx,
    value: &Value,
    key_ptr: &str,
    vars: &[Placeholder],
    role: Role,
    what: &str,
) {
    let expected = unique_keys(vars).len();
    let (values, values_ptr) = match role {
        Role::Header => match value {
            Value::Array(a) => (a, key_ptr.to_string()),
            other => {
                let kind = type_name(other, ctx.locale);
                ctx.emit(
                    &table::FIELD_TYPE,
                    key_ptr,
                    tr!(ctx.locale,
                        en: "`header_text` must be an array of sample values, e.g. \
                             [\"Summer Sale\"], not {kind}.",
                        it: "`header_text` deve essere un array di valori di esempio, ad esempio \
                             [\"Saldi estivi\"], non {kind}."),
                );
                return;
            }
        },
        Role::Body => match value {
            Value::Array(rows) => match rows.first() {
                Some(Value::Array(a)) => (a, at_index(key_ptr, 0)),
                Some(_) => {
                    ctx.emit(
                        &table::FIELD_TYPE,
                        key_ptr,
                        tr!(ctx.locale,
                            en: "`body_text` must be an array holding one array of sample \
                                 values, e.g. [[\"Pablo\", \"860198-230332\"]].",
                            it: "`body_text` deve essere un array che contiene un array di valori \
                                 di esempio, ad esempio [[\"Pablo\", \"860198-230332\"]]."),
                    );
                    return;
                }
                None => {
                    ctx.emit(
                        &table::EXAMPLE_COUNT,
                        key_ptr,
                        tr!(ctx.locale,
                            en: "`body_text` is empty but {what} has {}. Add [[…]] with one \
                                 sample per variable.",
                            it: "`body_text` è vuoto ma {what} ha {}. Aggiungi [[…]] con un \
                                 esempio per variabile.",
                            count_vars(ctx.locale, vars)),
                    );
                    return;
                }
            },
            other => {
                let kind = type_name(other, ctx.locale);
                ctx.emit(
                    &table::FIELD_TYPE,
                    key_ptr,
                    tr!(ctx.locale,
                        en: "`body_text` must be an array holding one array of sample values, \
                             not {kind}.",
                        it: "`body_text` deve essere un array che contiene un array di valori di \
                             esempio, non {kind}."),
                );
                return;
            }
        },
    };
    if values.len() != expected {
        ctx.emit(
            &table::EXAMPLE_COUNT,
            &values_ptr,
            tr!(ctx.locale,
            en: "{what} has {} but {}. Give exactly one sample per variable, in order.",
            it: "{what} ha {} ma {}. Fornisci esattamente un esempio per variabile, in \
                 ordine.",
            count_vars(ctx.locale, vars),
            counted(
                ctx.locale,
                values.len(),
                ("example value", "example values"),
                ("valore di esempio", "valori di esempio")
            )),
        );
    }
    for (k, v) in values.iter().enumerate() {
        check_example_value(ctx, v, &at_index(&values_ptr, k));
    }
}

fn check_example_value(ctx: &mut Ctx, v: &Value, ptr: &str) {
    match v {
        Value::String(s) if s.trim().is_empty() => ctx.emit(
            &table::EXAMPLE_EMPTY,
            ptr,
            tr!(ctx.locale,
                en: "This example value is empty. Give a realistic sample.",
                it: "Questo valore di esempio è vuoto. Inserisci un esempio realistico."),
        ),
        Value::String(_) => {}
        other => {
            let kind = type_name(other, ctx.locale);
            ctx.emit(
                &table::FIELD_TYPE,
                ptr,
                tr!(ctx.locale,
                    en: "Example values must be text, not {kind}.",
                    it: "I valori di esempio devono essere testo, non {kind}."),
            )
        }
    }
}

fn check_named_examples(
    ctx: &mut Ctx,
    value: &Value,
    key_ptr: &str,
    vars: &[Placeholder],
    what: &str,
) {
    let Value::Array(entries) = value else {
        let kind = type_name(value, ctx.locale);
        ctx.emit(
            &table::FIELD_TYPE,
            key_ptr,
            tr!(ctx.locale,
                en: "Named examples must be an array of {{\"param_name\": …, \"example\": …}}, \
                     not {kind}.",
                it: "Gli esempi con nome devono essere un array di {{\"param_name\": …, \
                     \"example\": …}}, non {kind}."),
        );
        return;
    };
    let names: Vec<&str> = vars
        .iter()
        .filter_map(|p| match &p.key {
            PlaceholderKey::Named(n) => Some(n.as_str()),
            _ => None,
        })
        .collect();
    let mut given: Vec<&str> = Vec::new();
    for (k, entry) in entries.iter().enumerate() {
        let entry_ptr = at_index(key_ptr, k);
        let Some(obj) = entry.as_object() else {
            let kind = type_name(entry, ctx.locale);
            ctx.emit(
                &table::FIELD_TYPE,
                &entry_ptr,
                tr!(ctx.locale,
                    en: "Each named example is an object {{\"param_name\": …, \"example\": …}}, \
                         not {kind}.",
                    it: "Ogni esempio con nome è un oggetto {{\"param_name\": …, \
                         \"example\": …}}, non {kind}."),
            );
            continue;
        };
        let name = match obj.get("param_name") {
            Some(Value::String(s)) => s.as_str(),
            Some(other) if !other.is_null() => {
                let kind = type_name(other, ctx.locale);
                ctx.emit(
                    &table::FIELD_TYPE,
                    &at(&entry_ptr, "param_name"),
                    tr!(ctx.locale,
                        en: "`param_name` must be text, not {kind}.",
                        it: "`param_name` deve essere un testo, non {kind}."),
                );
                continue;
            }
            _ => {
                ctx.emit(
                    &table::EXAMPLE_NAME_MISMATCH,
                    &entry_ptr,
                    tr!(ctx.locale,
                        en: "This example has no `param_name`. Add the name of the variable it \
                             samples.",
                        it: "Questo esempio non ha `param_name`. Aggiungi il nome della variabile \
                             a cui si riferisce."),
                );
                continue;
            }
        };
        if given.contains(&name) {
            ctx.emit(
                &table::EXAMPLE_NAME_MISMATCH,
                &entry_ptr,
                tr!(ctx.locale,
                    en: "A second example for \"{}\". Keep one per variable.",
                    it: "Un secondo esempio per \"{}\". Tienine uno per variabile.",
                    quote(name)),
            );
            continue;
        }
        given.push(name);
        let known = names.contains(&name);
        let name = &quote(name);
        if !known {
            ctx.emit(
                &table::EXAMPLE_NAME_MISMATCH,
                &at(&entry_ptr, "param_name"),
                tr!(ctx.locale,
                    en: "{what} has no variable {{{{{name}}}}}, yet an example is given for it. \
                         Remove the example or fix the name.",
                    it: "{what} non ha la variabile {{{{{name}}}}}, ma c'è un esempio con questo \
                         nome. Rimuovi l'esempio o correggi il nome."),
            );
        }
        match obj.get("example") {
            None | Some(Value::Null) => ctx.emit(
                &table::EXAMPLE_EMPTY,
                &entry_ptr,
                tr!(ctx.locale,
                    en: "The example for \"{name}\" has no `example` value. Add a sample.",
                    it: "L'esempio per \"{name}\" non ha un valore `example`. Aggiungi un \
                         esempio."),
            ),
            Some(v) => check_example_value(ctx, v, &at(&entry_ptr, "example")),
        }
    }
    let mut reported: Vec<&str> = Vec::new();
    for name in names {
        if !given.contains(&name) && !reported.contains(&name) {
            reported.push(name);
            let name = quote(name);
            ctx.emit(
                &table::EXAMPLE_NAME_MISMATCH,
                key_ptr,
                tr!(ctx.locale,
                    en: "{what} uses {{{{{name}}}}} but has no example for it. Add \
                         {{\"param_name\": \"{name}\", \"example\": \"…\"}}.",
                    it: "{what} usa {{{{{name}}}}} ma non ha un esempio. Aggiungi \
                         {{\"param_name\": \"{name}\", \"example\": \"…\"}}."),
            );
        }
    }
}

//! Variable rules shared by the header, the body and carousel card bodies (Meta: M-overview,
//! M-components): spelling, format, numbering, placement and the words-to-variables ratio. Their
//! example values are the `examples` module's.

use super::context::{counted, quote, Ctx, MALFORMED_SHOWN};
use super::structure::Template;
use super::table;
use crate::placeholders::{scan, Placeholder, PlaceholderKey};
use crate::text::{strip_placeholders, word_count};
use crate::{tr, Locale};

/// Checks the variables of `text` (spelling, format, numbering) and returns the well-formed
/// ones in order. `what` names the text in messages ("The body").
pub(crate) fn check_text(
    ctx: &mut Ctx,
    tpl: &Template,
    text: &str,
    ptr: &str,
    what: &str,
) -> Vec<Placeholder> {
    let all = scan(text);
    let malformed: Vec<&str> = all
        .iter()
        .filter_map(|p| match &p.key {
            PlaceholderKey::Malformed(raw) => Some(raw.as_str()),
            _ => None,
        })
        .collect();
    for raw in malformed.iter().take(MALFORMED_SHOWN) {
        ctx.emit(
            &table::VARIABLE_MALFORMED,
            ptr,
            malformed_message(ctx.locale, what, raw),
        );
    }
    if malformed.len() > MALFORMED_SHOWN {
        ctx.emit(
            &table::VARIABLE_MALFORMED,
            ptr,
            tr!(ctx.locale,
                en: "{what} has {} more malformed variables. Write each as {{{{1}}}} or \
                     {{{{name}}}}.",
                it: "{what} ha altre {} variabili scritte male. Scrivi ciascuna come {{{{1}}}} \
                     o {{{{name}}}}.",
                ctx.num(malformed.len() - MALFORMED_SHOWN)),
        );
    }
    let good: Vec<Placeholder> = all.into_iter().filter(|p| !p.key.is_malformed()).collect();
    let has_pos = good.iter().any(|p| p.key.is_positional());
    let has_named = good.iter().any(|p| p.key.is_named());
    if has_pos && has_named {
        ctx.emit(
            &table::VARIABLE_MIXED,
            ptr,
            tr!(ctx.locale,
                en: "{what} mixes numbered ({{{{1}}}}) and named ({{{{name}}}}) variables. Use \
                     one kind throughout the template.",
                it: "{what} mescola variabili numerate ({{{{1}}}}) e con nome ({{{{name}}}}). \
                     Usa un solo tipo in tutto il template."),
        );
        return good;
    }
    if has_named && !tpl.named {
        if tpl.format_explicit {
            ctx.emit(
                &table::VARIABLE_FORMAT_MISMATCH,
                ptr,
                tr!(ctx.locale,
                    en: "{what} uses named variables but `parameter_format` is POSITIONAL. Set \
                         \"parameter_format\": \"NAMED\" or number the variables {{{{1}}}}, \
                         {{{{2}}}}…",
                    it: "{what} usa variabili con nome ma `parameter_format` è POSITIONAL. \
                         Imposta \"parameter_format\": \"NAMED\" o numera le variabili \
                         {{{{1}}}}, {{{{2}}}}…"),
            );
        } else {
            ctx.emit(
                &table::VARIABLE_FORMAT_MISMATCH,
                "",
                tr!(ctx.locale,
                    en: "The template uses named variables ({{{{name}}}}) but has no \
                         `parameter_format`, so Meta reads it as positional and rejects it. Add \
                         \"parameter_format\": \"NAMED\".",
                    it: "Il template usa variabili con nome ({{{{name}}}}) ma non ha \
                         `parameter_format`, quindi Meta lo legge come posizionale e lo rifiuta. \
                         Aggiungi \"parameter_format\": \"NAMED\"."),
            );
        }
    }
    if has_pos && tpl.named {
        ctx.emit(
            &table::VARIABLE_FORMAT_MISMATCH,
            ptr,
            tr!(ctx.locale,
                en: "{what} uses numbered variables but `parameter_format` is NAMED. Use named \
                     variables such as {{{{first_name}}}}, or set \"parameter_format\": \
                     \"POSITIONAL\".",
                it: "{what} usa variabili numerate ma `parameter_format` è NAMED. Usa variabili \
                     con nome come {{{{first_name}}}} o imposta \"parameter_format\": \
                     \"POSITIONAL\"."),
        );
    }
    if has_named {
        check_names(ctx, &good, ptr, what);
    }
    if has_pos {
        check_numbering(ctx, &good, ptr, what);
    }
    good
}

fn malformed_message(locale: Locale, what: &str, raw: &str) -> String {
    let hint = if raw.contains(' ') {
        tr!(locale,
            en: "remove the spaces inside the braces",
            it: "togli gli spazi dentro le parentesi graffe")
    } else if !raw.starts_with("{{")
        || !raw.ends_with("}}")
        || raw.starts_with("{{{")
        || raw.ends_with("}}}")
    {
        tr!(locale,
            en: "use exactly two opening and two closing braces",
            it: "usa esattamente due graffe di apertura e due di chiusura")
    } else if raw == "{{}}" {
        tr!(locale,
            en: "put a number or a name between the braces",
            it: "metti un numero o un nome tra le graffe")
    } else {
        tr!(locale,
            en: "use only a number or lowercase letters and underscores between the braces",
            it: "tra le graffe usa solo un numero o lettere minuscole e trattini bassi")
    };
    tr!(locale,
        en: "{what} contains \"{}\", which is not a valid variable. Write {{{{1}}}} or \
             {{{{name}}}}: {hint}.",
        it: "{what} contiene \"{}\", che non è una variabile valida. Scrivi {{{{1}}}} o \
             {{{{name}}}}: {hint}.",
        quote(raw))
}

fn check_names(ctx: &mut Ctx, vars: &[Placeholder], ptr: &str, what: &str) {
    let mut seen: Vec<&str> = Vec::new();
    for p in vars {
        let PlaceholderKey::Named(name) = &p.key else {
            continue;
        };
        if seen.contains(&name.as_str()) {
            continue;
        }
        seen.push(name);
        let name = &quote(name);
        let valid_chars = name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
        if !valid_chars {
            ctx.emit(
                &table::VARIABLE_NAME_SPELLING,
                ptr,
                tr!(ctx.locale,
                    en: "{what} has the variable {{{{{name}}}}}; named variables use lowercase \
                         letters and underscores only. Write {{{{{}}}}}.",
                    it: "{what} ha la variabile {{{{{name}}}}}; le variabili con nome usano solo \
                         lettere minuscole e trattini bassi. Scrivi {{{{{}}}}}.",
                    name.to_ascii_lowercase()),
            );
        } else if name.bytes().any(|b| b.is_ascii_digit()) {
            ctx.emit(
                &table::VARIABLE_NAME_DIGITS,
                ptr,
                tr!(ctx.locale,
                    en: "{what} has the variable {{{{{name}}}}} with digits. Meta says lowercase \
                         letters and underscores; some SDKs accept digits: sources disagree. Use \
                         letters to be safe.",
                    it: "{what} ha la variabile {{{{{name}}}}} con delle cifre. Meta indica \
                         lettere minuscole e trattini bassi; alcuni SDK accettano le cifre: le \
                         fonti non concordano. Per sicurezza usa solo lettere."),
            );
        }
    }
}

fn check_numbering(ctx: &mut Ctx, vars: &[Placeholder], ptr: &str, what: &str) {
    let mut order: Vec<u32> = Vec::new();
    for p in vars {
        if let PlaceholderKey::Positional(n) = p.key {
            if !order.contains(&n) {
                order.push(n);
            }
        }
    }
    let mut sorted = order.clone();
    sorted.sort_unstable();
    let Some(&min) = sorted.first() else { return };
    if min != 1 {
        ctx.emit(
            &table::VARIABLE_START_AT_ONE,
            ptr,
            tr!(ctx.locale,
                en: "{what} starts its variables at {{{{{min}}}}}. Number them from {{{{1}}}}.",
                it: "{what} inizia le variabili da {{{{{min}}}}}. Numerale a partire da \
                     {{{{1}}}}."),
        );
    }
    let max = sorted.last().copied().unwrap_or(min);
    let mut missing: Vec<u32> = Vec::new();
    let mut n = min.max(1);
    while n < max && missing.len() < 5 {
        if sorted.binary_search(&n).is_err() {
            missing.push(n);
        }
        n += 1;
    }
    if !missing.is_empty() {
        let list: Vec<String> = missing.iter().map(|n| format!("{{{{{n}}}}}")).collect();
        ctx.emit(
            &table::VARIABLE_SEQUENCE,
            ptr,
            tr!(ctx.locale,
                en: "{what} skips {}. Number the variables without gaps: {{{{1}}}}, {{{{2}}}}, \
                     {{{{3}}}}…",
                it: "{what} salta {}. Numera le variabili senza buchi: {{{{1}}}}, {{{{2}}}}, \
                     {{{{3}}}}…",
                list.join(", ")),
        );
    }
    if order.windows(2).any(|w| w[0] > w[1]) {
        ctx.emit(
            &table::VARIABLE_ORDER,
            ptr,
            tr!(ctx.locale,
                en: "{what} uses its variables out of order ({}). Number them in the order they \
                     appear.",
                it: "{what} usa le variabili fuori ordine ({}). Numerale nell'ordine in cui \
                     compaiono.",
                order
                    .iter()
                    .map(|n| format!("{{{{{n}}}}}"))
                    .collect::<Vec<_>>()
                    .join(", ")),
        );
    }
}

/// Placement rules of body variables: not at the start or end, not adjacent, not starting a
/// line (Meta: M-components, M-review).
pub(crate) fn check_placement(ctx: &mut Ctx, text: &str, vars: &[Placeholder], ptr: &str) {
    let (Some(first), Some(last)) = (vars.first(), vars.last()) else {
        return;
    };
    let before = text.get(..first.span.start).unwrap_or("");
    if before.trim().is_empty() {
        ctx.emit(
            &table::VARIABLE_AT_START,
            ptr,
            tr!(ctx.locale,
                en: "The body starts with the variable {}. Meta rejects variables at the start \
                     or end (subcode 2388299). Put some text before it.",
                it: "Il corpo inizia con la variabile {}. Meta rifiuta le variabili all'inizio o \
                     alla fine (subcode 2388299). Metti del testo prima.",
                quote(first.raw(text))),
        );
    } else if !before.chars().any(char::is_alphanumeric) {
        ctx.emit(
            &table::VARIABLE_NEAR_EDGE,
            ptr,
            tr!(ctx.locale,
                en: "Only punctuation or symbols come before the first variable {}. Meta does \
                     not say whether this counts as starting with a variable; put a word before \
                     it to be safe.",
                it: "Prima della prima variabile {} ci sono solo punteggiatura o simboli. Meta \
                     non dice se conta come iniziare con una variabile: per sicurezza metti una \
                     parola prima.",
                quote(first.raw(text))),
        );
    }
    let after = text.get(last.span.end..).unwrap_or("");
    if after.trim().is_empty() {
        ctx.emit(
            &table::VARIABLE_AT_END,
            ptr,
            tr!(ctx.locale,
                en: "The body ends with the variable {}. Meta rejects variables at the start or \
                     end (subcode 2388299). Add some text after it.",
                it: "Il corpo finisce con la variabile {}. Meta rifiuta le variabili all'inizio \
                     o alla fine (subcode 2388299). Aggiungi del testo dopo.",
                quote(last.raw(text))),
        );
    } else if !after.chars().any(char::is_alphanumeric) {
        ctx.emit(
            &table::VARIABLE_NEAR_EDGE,
            ptr,
            tr!(ctx.locale,
                en: "Only punctuation or symbols follow the last variable {}. Meta does not say \
                     whether trailing punctuation counts as ending with a variable; add a word \
                     after it to be safe.",
                it: "Dopo l'ultima variabile {} ci sono solo punteggiatura o simboli. Meta non \
                     dice se la punteggiatura finale conta come finire con una variabile: per \
                     sicurezza aggiungi una parola dopo.",
                quote(last.raw(text))),
        );
    }
    for pair in vars.windows(2) {
        let between = text
            .get(pair[0].span.end..pair[1].span.start)
            .unwrap_or("x");
        if between.trim().is_empty() {
            ctx.emit(
                &table::VARIABLE_ADJACENT,
                ptr,
                tr!(ctx.locale,
                    en: "The variables {} and {} are next to each other. Put text or \
                         punctuation between them.",
                    it: "Le variabili {} e {} sono attaccate. Metti del testo o della \
                         punteggiatura tra le due.",
                    quote(pair[0].raw(text)),
                    quote(pair[1].raw(text))),
            );
        }
    }
    for (i, p) in vars.iter().enumerate() {
        if i == 0 && before.trim().is_empty() {
            continue;
        }
        let line_start = text
            .get(..p.span.start)
            .and_then(|s| s.rfind('\n').map(|nl| nl + 1));
        if let Some(ls) = line_start {
            if text
                .get(ls..p.span.start)
                .is_some_and(|s| s.trim().is_empty())
            {
                ctx.emit(
                    &table::VARIABLE_STARTS_LINE,
                    ptr,
                    tr!(ctx.locale,
                        en: "A line starts with the variable {}. Meta's guidelines advise \
                             against it; put a word before it.",
                        it: "Una riga inizia con la variabile {}. Le linee guida di Meta lo \
                             sconsigliano: metti una parola prima.",
                        quote(p.raw(text))),
                );
            }
        }
    }
}

const VARIABLE: (&str, &str) = ("variable", "variables");
const VARIABILE: (&str, &str) = ("variabile", "variabili");
const WORD: (&str, &str) = ("word", "words");
const PAROLA: (&str, &str) = ("parola", "parole");
/// "1 more word", "3 more words"; "un'altra parola", "altre 3 parole".
fn more_words(locale: Locale, n: usize) -> String {
    match (locale, n) {
        (Locale::En, 1) => "1 more word".to_string(),
        (Locale::En, n) => format!("{} more words", locale.number(n)),
        (Locale::It, 1) => "un'altra parola".to_string(),
        (Locale::It, n) => format!("altre {} parole", locale.number(n)),
    }
}

/// The words-to-variables ratio (subcode 2388293, Meta: M-errors).
pub(crate) fn check_ratio(ctx: &mut Ctx, text: &str, vars: &[Placeholder], ptr: &str) {
    let v = vars.len();
    if v == 0 {
        return;
    }
    let words = word_count(&strip_placeholders(text));
    if words < v {
        ctx.emit(
            &table::VARIABLE_TOO_MANY_FOR_LENGTH,
            ptr,
            tr!(ctx.locale,
                en: "The body has {} but only {} of fixed text: too many variables for its \
                     length (Meta's subcode 2388293). Add at least {} or remove variables.",
                it: "Il corpo ha {} ma solo {} di testo fisso: troppe variabili per la sua \
                     lunghezza (subcode 2388293 di Meta). Aggiungi almeno {} o rimuovi delle \
                     variabili.",
                counted(ctx.locale, v, VARIABLE, VARIABILE),
                counted(ctx.locale, words, WORD, PAROLA),
                more_words(ctx.locale, v - words)),
        );
    } else if words + v < 3 * v + 1 {
        let need = 3 * v + 1;
        ctx.emit(
            &table::VARIABLE_RATIO,
            ptr,
            tr!(ctx.locale,
                en: "The body has {} and {} ({} in all). Meta publishes no threshold, but the \
                     practitioners' rule of thumb asks for at least 3 × variables + 1 = {}. Add \
                     {}.",
                it: "Il corpo ha {} e {} ({} in tutto). Meta non pubblica una soglia, ma la \
                     regola pratica degli addetti ai lavori chiede almeno 3 × variabili + 1 = \
                     {}. Aggiungi {}.",
                counted(ctx.locale, words, WORD, PAROLA),
                counted(ctx.locale, v, VARIABLE, VARIABILE),
                ctx.num(words + v),
                ctx.num(need),
                more_words(ctx.locale, need - words - v)),
        );
    }
}

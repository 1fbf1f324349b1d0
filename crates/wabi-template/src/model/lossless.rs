//! Reading a typed part so that writing it back gives exactly the JSON it came from.
//!
//! serde maps both a missing field and an explicit `null` to `None`, which would lose the
//! `null` on the way back. So top-level `null`s are set aside into the part's unknown fields
//! before reading, and the result is checked by writing it back: a part that still would not
//! round-trip exactly (e.g. a `null` deep inside a nested object) is reported as not readable, and
//! the caller keeps it raw.

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{Map, Value};

/// A typed part that keeps unknown fields.
pub(crate) trait WithExtra: DeserializeOwned + Serialize {
    /// The part's unknown fields.
    fn extra_mut(&mut self) -> &mut Map<String, Value>;
}

/// Implements [`WithExtra`] for structs with an `extra` field.
macro_rules! with_extra {
    ($($name:ty),+ $(,)?) => {
        $(impl $crate::model::lossless::WithExtra for $name {
            fn extra_mut(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
                &mut self.extra
            }
        })+
    };
}

pub(crate) use with_extra;

/// Reads `value` as `T` so that `T` writes back `value` exactly; otherwise explains why not.
pub(crate) fn read_exact<T: WithExtra>(value: &Value) -> Result<T, String> {
    let Value::Object(map) = value else {
        return Err("it is not a JSON object".to_string());
    };
    let has_null = map.values().any(Value::is_null);
    let (parsed, nulls) = if has_null {
        let mut present = Map::new();
        let mut nulls = Map::new();
        for (key, item) in map {
            if item.is_null() {
                nulls.insert(key.clone(), Value::Null);
            } else {
                present.insert(key.clone(), item.clone());
            }
        }
        (T::deserialize(&Value::Object(present)), nulls)
    } else {
        (T::deserialize(value), Map::new())
    };
    let mut typed = parsed.map_err(|error| error.to_string())?;
    typed.extra_mut().extend(nulls);
    match serde_json::to_value(&typed) {
        Ok(written) if written == *value => Ok(typed),
        _ => Err(
            "it holds values this version cannot keep exactly (such as null inside a nested \
             object)"
                .to_string(),
        ),
    }
}

//! Progress reports and cancellation for long work (fixing a large photo): passed in by the
//! caller, so the app can show a bar and a Cancel button and the tests can drive both.

use crate::error::MediaError;
use serde::Serialize;
use std::sync::atomic::{AtomicBool, Ordering};
use ts_rs::TS;

/// How far a long operation has got.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Progress {
    /// What is being done now, in plain words ("Decoding", "Compressing").
    pub stage: String,
    /// Done so far, from 0.0 to 1.0.
    pub fraction: f32,
}

/// The caller's cancel flag and progress callback, carried through a long operation.
pub struct Work<'a> {
    cancel: &'a AtomicBool,
    report: &'a mut dyn FnMut(Progress),
}

impl<'a> Work<'a> {
    /// Work that stops when `cancel` becomes true and tells `report` how far it got.
    pub fn new(cancel: &'a AtomicBool, report: &'a mut dyn FnMut(Progress)) -> Self {
        Work { cancel, report }
    }

    /// Reports `stage` at `fraction`, then fails with [`MediaError::Cancelled`] if the caller
    /// has cancelled.
    pub fn step(&mut self, stage: &str, fraction: f32) -> Result<(), MediaError> {
        (self.report)(Progress {
            stage: stage.to_owned(),
            fraction: fraction.clamp(0.0, 1.0),
        });
        if self.cancel.load(Ordering::Relaxed) {
            return Err(MediaError::Cancelled);
        }
        Ok(())
    }
}

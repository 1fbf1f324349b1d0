//! The token in the real OS keyring: run inside `scripts/with-keyring.sh` (D-Bus session with an
//! unlocked gnome-keyring, and a kernel session keyring).

use wabi_cloud::{CloudError, Sensitive, TokenStore};

#[test]
fn token_is_stored_read_replaced_and_deleted() {
    let account = format!("test-{}", std::process::id());
    let store = TokenStore::with_service("wabi-studio-tests", account);
    match store.store(&Sensitive::new("EAAfirst-token-0001")) {
        Err(CloudError::NoKeyring(reason)) => {
            // Outside with-keyring.sh there may be no keyring at all; the error must say so.
            assert!(CloudError::NoKeyring(reason)
                .to_string()
                .contains("session only"));
            eprintln!("no keyring here: run under scripts/with-keyring.sh for the real test");
            return;
        }
        other => other.unwrap(),
    }
    assert_eq!(
        store.read().unwrap(),
        Some(Sensitive::new("EAAfirst-token-0001"))
    );
    store
        .store(&Sensitive::new("EAAsecond-token-0002"))
        .unwrap();
    assert_eq!(
        store.read().unwrap(),
        Some(Sensitive::new("EAAsecond-token-0002"))
    );
    store.delete().unwrap();
    assert_eq!(store.read().unwrap(), None);
    // Deleting twice is fine.
    store.delete().unwrap();
}

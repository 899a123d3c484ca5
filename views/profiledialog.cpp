#include "profiledialog.h"

// Stub: to be replaced by the real dialog.
ProfileDialog::ProfileDialog(ProfileStore *, SecretStore *, QWidget *parent)
    : QDialog(parent)
{}

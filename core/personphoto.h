#pragma once

#include "actor.h"
#include "clock.h"
#include "database.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace qaytish {

// A person's photo as stored: a JPEG already cropped to 35:45 and scaled to the size of the
// mission settings (documents/photo.h makes it; core never decodes images).
struct PersonPhoto {
    qint64 personId = 0;
    QByteArray jpeg;
    int width = 0;
    int height = 0;
    QDateTime updatedAt;
};

class PersonPhotoStore {
    Q_DECLARE_TR_FUNCTIONS(PersonPhotoStore)
public:
    PersonPhotoStore(const Database &db, const Clock &clock);

    // Stores (or replaces) the photo of the case's person.
    Status setForCase(const Actor &actor, qint64 caseId, const QByteArray &jpeg, int width,
                      int height);
    Result<std::optional<PersonPhoto>> forCase(qint64 caseId) const;

private:
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace qaytish

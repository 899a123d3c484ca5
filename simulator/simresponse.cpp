#include "simresponse.h"

SimResponse SimResponse::envelope(int status, int code, const QString &msg,
                                  std::optional<SimJson> data)
{
    SimJson root = SimJson::object();
    root.add("code", SimJson::integer(code));
    root.add("msg", SimJson::string(msg));
    if (data)
        root.add("data", std::move(*data));
    SimResponse r;
    r.status = status;
    r.body = root.render();
    return r;
}

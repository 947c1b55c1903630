"""API errors as values: ``{"error": {"code", "message", "field"}}`` with a 4xx status."""

from __future__ import annotations

import json
import re

from django.http import HttpRequest, JsonResponse
from pydantic import BaseModel, ValidationError

ACCEPTED_TYPES = ("application/json", "text/plain")  # text/plain: no CORS preflight


class ApiError(Exception):
    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        field: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.field = status, code, message, field
        self.headers = headers or {}

    def response(self) -> JsonResponse:
        body = {"error": {"code": self.code, "message": self.message, "field": self.field}}
        response = JsonResponse(body, status=self.status)
        for name, value in self.headers.items():
            response[name] = value
        return response


def read_json(request: HttpRequest, *, max_bytes: int) -> object:
    """The request's JSON body, or an ApiError saying what is wrong with it."""
    content_type = request.content_type or ""
    if content_type not in ACCEPTED_TYPES:
        raise ApiError(
            415, "unsupported_media_type", "Send JSON as application/json or text/plain."
        )
    try:
        declared = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        declared = 0
    if declared > max_bytes:
        raise ApiError(413, "too_large", f"The body is over {max_bytes} bytes.")
    body = request.read(max_bytes + 1)
    if len(body) > max_bytes:
        raise ApiError(413, "too_large", f"The body is over {max_bytes} bytes.")
    try:
        return json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise ApiError(400, "invalid_json", "The body is not valid UTF-8 JSON.") from None


def validate[M: BaseModel](model: type[M], data: object) -> M:
    """``data`` as ``model``, or an ApiError naming the first field that is wrong."""
    if not isinstance(data, dict):
        raise ApiError(400, "invalid", "The body must be a JSON object.")
    try:
        return model.model_validate(data, strict=True)
    except ValidationError as error:
        raise _first_problem(error) from None


ERROR_CODES = {
    "missing": "required",
    "string_too_long": "too_long",
    "too_long": "too_long",
    "string_too_short": "required",
    "literal_error": "invalid_choice",
}


FIELD_IN_MESSAGE = re.compile(r"^(\w+(?:/\w+)?): (.*)$")  # "end: must not be before start"


def _first_problem(error: ValidationError) -> ApiError:
    problem = error.errors(include_url=False)[0]
    path = [str(part) for part in problem["loc"]]
    message = problem["msg"].removeprefix("Value error, ")
    named = FIELD_IN_MESSAGE.match(message)
    if named:  # a model-level check names the field it is about
        path.append(named.group(1).split("/")[0])
        message = named.group(2)
    field = ".".join(path) or None
    kind = problem["type"]
    if kind in ("too_long", "string_too_long"):
        message = f"at most {problem['ctx']['max_length']} characters"
    code = ERROR_CODES.get(kind, "invalid_type" if kind.endswith("_type") else "invalid")
    return ApiError(400, code, f"{field}: {message}" if field else message, field)

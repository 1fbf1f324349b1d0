#!/usr/bin/env python3
"""Writes the rule-checker corpus: one JSON file per case in ./cases.

Each case is {"description", "template", "expect": {"valid", "errors": [{"rule", "pointer"}],
"warnings": [...] (optional: rules that must be among the warnings)}}.

Expectations come from Meta's pages listed in docs/sources.md, written by hand per case, not
from running the checker. Re-run after editing: `python3 generate.py` (it rewrites ./cases).
"""
import copy
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "cases")
CASES = []


def case(name, description, template, errors=(), warnings=()):
    CASES.append((name, {
        "description": description,
        "template": template,
        "expect": {
            "valid": len(errors) == 0,
            "errors": [{"rule": r, "pointer": p} for r, p in errors],
            "warnings": list(warnings),
        },
    }))


def d(x):
    return copy.deepcopy(x)


# ---------------------------------------------------------------- valid, realistic templates
ORDER = {
    "name": "order_confirmation",
    "language": "en_US",
    "category": "UTILITY",
    "components": [
        {"type": "HEADER", "format": "TEXT", "text": "Order {{1}} confirmed",
         "example": {"header_text": ["#1234"]}},
        {"type": "BODY",
         "text": "Hi {{1}}, thank you for your order {{2}}. We will let you know as soon as it ships.",
         "example": {"body_text": [["Pablo", "860198-230332"]]}},
        {"type": "FOOTER", "text": "Lucky Shrub customer care"},
        {"type": "BUTTONS", "buttons": [
            {"type": "URL", "text": "Track order", "url": "https://www.luckyshrub.com/track/{{1}}",
             "example": ["860198"]},
            {"type": "QUICK_REPLY", "text": "Stop updates"}]},
    ],
}
DELIVERY = {
    "name": "delivery_update",
    "language": "en_GB",
    "category": "utility",
    "parameter_format": "NAMED",
    "components": [
        {"type": "BODY",
         "text": "Good news, {{first_name}}! Your parcel {{tracking_id}} is out for delivery today and should arrive before 6 pm.",
         "example": {"body_text_named_params": [
             {"param_name": "first_name", "example": "Pablo"},
             {"param_name": "tracking_id", "example": "LS-99812"}]}},
        {"type": "BUTTONS", "buttons": [
            {"type": "URL", "text": "Track parcel", "url": "https://track.example.com/p/{{1}}",
             "example": ["LS-99812"]}]},
    ],
}
APPOINTMENT = {
    "name": "appointment_reminder",
    "language": "es_MX",
    "category": "UTILITY",
    "components": [
        {"type": "HEADER", "format": "LOCATION"},
        {"type": "BODY",
         "text": "Hola {{1}}, le recordamos su cita el {{2}} a las {{3}} en nuestra clínica. Responda para confirmar.",
         "example": {"body_text": [["Ana", "12 de mayo", "10:30"]]}},
        {"type": "FOOTER", "text": "Clínica Dental Sonrisa"},
        {"type": "BUTTONS", "buttons": [
            {"type": "QUICK_REPLY", "text": "Confirmar"},
            {"type": "QUICK_REPLY", "text": "Cambiar cita"},
            {"type": "PHONE_NUMBER", "text": "Llamar", "phone_number": "+525512345678"}]},
    ],
}
PROMO = {
    "name": "summer_sale_2026",
    "language": "en_US",
    "category": "MARKETING",
    "components": [
        {"type": "HEADER", "format": "IMAGE", "example": {"header_handle": ["4::aW1hZ2UvanBlZw==:ARb"]}},
        {"type": "BODY",
         "text": "Hi {{1}}, our *summer sale* starts today! Enjoy {{2}} off every plant in the shop until Sunday. 🌿",
         "example": {"body_text": [["Pablo", "25%"]]}},
        {"type": "FOOTER", "text": "Reply STOP to unsubscribe"},
        {"type": "BUTTONS", "buttons": [
            {"type": "QUICK_REPLY", "text": "Unsubscribe"},
            {"type": "QUICK_REPLY", "text": "Tell me more"},
            {"type": "URL", "text": "Shop now", "url": "https://www.luckyshrub.com/shop?promo={{1}}",
             "example": ["summer2026"]},
            {"type": "PHONE_NUMBER", "text": "Call us", "phone_number": "15550051310"},
            {"type": "COPY_CODE", "example": "SUMMER25"}]},
    ],
}
CAROUSEL_CARD = {
    "components": [
        {"type": "HEADER", "format": "IMAGE", "example": {"header_handle": ["4::aGVhZGVy"]}},
        {"type": "BODY", "text": "Rare succulents, {{1}} off this week only.",
         "example": {"body_text": [["15%"]]}},
        {"type": "BUTTONS", "buttons": [
            {"type": "QUICK_REPLY", "text": "Send more like this"},
            {"type": "URL", "text": "Buy now", "url": "https://www.luckyshrub.com/rare/{{1}}",
             "example": ["blue-elf"]}]},
    ]
}
CAROUSEL = {
    "name": "carousel_plants",
    "language": "en_US",
    "category": "marketing",
    "components": [
        {"type": "body", "text": "Rare succulents for sale! {{1}}, buy any 3 plants and get 20% off with code {{2}}.",
         "example": {"body_text": [["Pablo", "20OFFRARE"]]}},
        {"type": "carousel", "cards": [d(CAROUSEL_CARD), d(CAROUSEL_CARD), d(CAROUSEL_CARD)]},
    ],
}
LTO = {
    "name": "limited_time_offer_caribbean",
    "language": "en_US",
    "category": "MARKETING",
    "components": [
        {"type": "header", "format": "image", "example": {"header_handle": ["4::aW1hZ2U="]}},
        {"type": "limited_time_offer", "limited_time_offer": {"text": "Expiring offer!", "has_expiration": True}},
        {"type": "body", "text": "Good news, {{1}}! Use code {{2}} to get 25% off all Caribbean Destination packages!",
         "example": {"body_text": [["Pablo", "CARIBE25"]]}},
        {"type": "buttons", "buttons": [
            {"type": "copy_code", "example": "CARIBE25"},
            {"type": "url", "text": "Book now!", "url": "https://awesomedestinations.com/offers?code={{1}}",
             "example": ["https://awesomedestinations.com/offers?ref=n3mtql"]}]},
    ],
}
OTP_COPY = {
    "name": "verification_code",
    "language": "en_US",
    "category": "AUTHENTICATION",
    "components": [
        {"type": "BODY", "add_security_recommendation": True},
        {"type": "FOOTER", "code_expiration_minutes": 10},
        {"type": "BUTTONS", "buttons": [{"type": "OTP", "otp_type": "COPY_CODE", "text": "Copy code"}]},
    ],
}
OTP_ONE_TAP = {
    "name": "login_one_tap",
    "language": "pt_BR",
    "category": "authentication",
    "message_send_ttl_seconds": 600,
    "components": [
        {"type": "body", "add_security_recommendation": True},
        {"type": "footer", "code_expiration_minutes": 5},
        {"type": "buttons", "buttons": [{
            "type": "otp", "otp_type": "one_tap", "text": "Copiar código", "autofill_text": "Preencher",
            "supported_apps": [{"package_name": "com.example.luckyshrub", "signature_hash": "K8a/AINcGX7"}]}]},
    ],
}
OTP_ZERO_TAP = {
    "name": "zero_tap_auth",
    "language": "en_US",
    "category": "AUTHENTICATION",
    "components": [
        {"type": "BODY", "add_security_recommendation": True},
        {"type": "FOOTER", "code_expiration_minutes": 90},
        {"type": "BUTTONS", "buttons": [{
            "type": "OTP", "otp_type": "ZERO_TAP", "text": "Copy Code", "autofill_text": "Autofill",
            "zero_tap_terms_accepted": True,
            "supported_apps": [{"package_name": "com.example.luckyshrub", "signature_hash": "K8a/AINcGX7"},
                               {"package_name": "com.example.luckyshrub.beta", "signature_hash": "ab+/CDEF12="}]}]},
    ],
}
CATALOG = {
    "name": "intro_catalog_offer",
    "language": "en_US",
    "category": "MARKETING",
    "components": [
        {"type": "BODY", "text": "Now shop for your favourite products right here on WhatsApp! Get Rs {{1}} off on all orders above {{2}}Rs! Valid for your first {{3}} orders placed on WhatsApp!",
         "example": {"body_text": [["100", "400", "3"]]}},
        {"type": "FOOTER", "text": "Best grocery deals on WhatsApp!"},
        {"type": "BUTTONS", "buttons": [{"type": "CATALOG", "text": "View catalog"}]},
    ],
}
MPM = {
    "name": "abandoned_cart",
    "language": "en_US",
    "category": "MARKETING",
    "components": [
        {"type": "HEADER", "format": "TEXT", "text": "Forget something, {{1}}?",
         "example": {"header_text": ["Pablo"]}},
        {"type": "BODY", "text": "Looks like you left these items in your cart, still interested? Use code {{1}} to get 10% off!",
         "example": {"body_text": [["10OFF"]]}},
        {"type": "BUTTONS", "buttons": [{"type": "MPM", "text": "View items"}]},
    ],
}
ARABIC = {
    "name": "order_shipped_ar",
    "language": "ar",
    "category": "UTILITY",
    "components": [
        {"type": "BODY", "text": "مرحبا {{1}}، تم شحن طلبك رقم {{2}} وسيصل خلال ثلاثة أيام. شكرا لتسوقك معنا.",
         "example": {"body_text": [["أحمد", "12345"]]}},
        {"type": "FOOTER", "text": "متجر الزهور"},
    ],
}
READ_BACK = {
    "name": "verification_code",
    "id": "1234567890",
    "status": "APPROVED",
    "language": "en_US",
    "category": "AUTHENTICATION",
    "components": [
        {"type": "BODY", "text": "*{{1}}* is your verification code. For your security, do not share this code.",
         "add_security_recommendation": True},
        {"type": "FOOTER", "text": "This code expires in 10 minutes.", "code_expiration_minutes": 10},
        {"type": "BUTTONS", "buttons": [{"type": "URL", "text": "Copy code",
                                         "url": "https://www.whatsapp.com/otp/code/?otp_type=COPY_CODE&code=otp{{1}}"}]},
    ],
}
MINIMAL = {
    "name": "welcome",
    "language": "en",
    "category": "UTILITY",
    "components": [{"type": "BODY", "text": "Thanks for contacting Lucky Shrub. We reply within one business day."}],
}

for name, tpl, desc in [
    ("valid_order_confirmation", ORDER, "Order confirmation: text header with a variable, body, footer, URL + quick reply."),
    ("valid_delivery_update_named", DELIVERY, "Named parameters with parameter_format NAMED, lower-case category."),
    ("valid_appointment_location", APPOINTMENT, "Location header in UTILITY, Spanish, quick replies then phone."),
    ("valid_promotion_image_buttons", PROMO, "Image header, quick replies then URL, phone, copy code (grouped)."),
    ("valid_carousel", CAROUSEL, "Media card carousel with three identical cards, lower-case types."),
    ("valid_limited_time_offer", LTO, "LTO with image header, copy code and URL (full-URL example)."),
    ("valid_otp_copy_code", OTP_COPY, "Authentication copy-code OTP."),
    ("valid_otp_one_tap", OTP_ONE_TAP, "Authentication one-tap with supported_apps and TTL 600."),
    ("valid_otp_zero_tap", OTP_ZERO_TAP, "Zero-tap with terms accepted and two apps, expiry 90."),
    ("valid_catalog", CATALOG, "Catalog template."),
    ("valid_mpm", MPM, "Multi-product template with text header."),
    ("valid_arabic_rtl", ARABIC, "Right-to-left body with variables."),
    ("valid_read_back_auth", READ_BACK, "Authentication template as read back from Meta (id, status, preset text, URL button)."),
    ("valid_minimal_body_only", MINIMAL, "Only a body."),
]:
    case(name, desc, d(tpl))

# ---------------------------------------------------------------- boundaries that pass
def body_tpl(text, category="MARKETING", example=None):
    c = {"type": "BODY", "text": text}
    if example is not None:
        c["example"] = example
    return {"name": "boundary_case", "language": "en_US", "category": category, "components": [c]}


def filler(n):
    base = "Lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor. "
    s = (base * (n // len(base) + 1))[:n]
    return s


case("body_1024_chars_passes", "Body of exactly 1,024 characters.", body_tpl(filler(1024)))
case("body_1025_chars_fails", "Body of 1,025 characters.", body_tpl(filler(1025)), [("body.length", "/components/0/text")])
case("body_1024_emoji_counted_as_one_each", "1,020 letters + 4 emoji = 1,024 characters.",
     body_tpl(filler(1020) + "🌿🌿🌿🌿"), warnings=["text.utf16_length"])
case("body_with_combining_marks_1025_fails", "Combining marks count as characters.",
     body_tpl(filler(1021) + "e\u0301e\u0301"), [("body.length", "/components/0/text")])
case("body_551_chars_utility_warns", "Above 550 in UTILITY: warning only.",
     body_tpl(filler(551), "UTILITY"), warnings=["body.length_reported_550"])

t = d(ORDER); t["components"][0]["text"] = "Order {{1}} " + "x" * (60 - 12)
case("header_60_chars_passes", "Header text of exactly 60 characters.", t)
t = d(ORDER); t["components"][0]["text"] = "Order {{1}} " + "x" * (61 - 12)
case("header_61_chars_fails", "Header text of 61 characters.", t, [("header.length", "/components/0/text")])
t = d(ORDER); t["components"][2]["text"] = "f" * 60
case("footer_60_chars_passes", "Footer of 60 characters.", t)
t = d(ORDER); t["components"][2]["text"] = "f" * 61
case("footer_61_chars_fails", "Footer of 61 characters.", t, [("footer.length", "/components/2/text")])
t = d(ORDER); t["components"][3]["buttons"][1]["text"] = "q" * 25
case("button_label_25_passes", "Quick reply label of 25 characters.", t)
t = d(ORDER); t["components"][3]["buttons"][1]["text"] = "q" * 26
case("button_label_26_fails", "Quick reply label of 26 characters.", t, [("button.text_length", "/components/3/buttons/1/text")])
t = d(ORDER); t["components"][3]["buttons"][0]["url"] = "https://www.luckyshrub.com/" + "a" * (2000 - 27 - 5) + "{{1}}"
case("url_2000_chars_passes", "URL of exactly 2,000 characters including the variable.", t)
t = d(ORDER); t["components"][3]["buttons"][0]["url"] = "https://www.luckyshrub.com/" + "a" * (2001 - 27 - 5) + "{{1}}"
case("url_2001_chars_fails", "URL of 2,001 characters.", t, [("button.url.length", "/components/3/buttons/0/url")])
t = d(APPOINTMENT); t["components"][3]["buttons"][2]["phone_number"] = "+" + "1" * 19
case("phone_20_chars_passes", "Phone number of 20 characters.", t)
t = d(APPOINTMENT); t["components"][3]["buttons"][2]["phone_number"] = "+" + "1" * 20
case("phone_21_chars_fails", "Phone number of 21 characters.", t, [("button.phone.length", "/components/3/buttons/2/phone_number")])
t = d(PROMO); t["components"][3]["buttons"][4]["example"] = "C" * 15
case("copy_code_15_passes", "Copy code of 15 characters.", t)
t = d(PROMO); t["components"][3]["buttons"][4]["example"] = "C" * 20
case("copy_code_20_warns", "Copy code of 20: Meta's page says 20, SDKs 15: warning.", t, warnings=["button.copy_code.example_uncertain"])
t = d(PROMO); t["components"][3]["buttons"][4]["example"] = "C" * 21
case("copy_code_21_fails", "Copy code of 21 characters.", t, [("button.copy_code.example_length", "/components/3/buttons/4/example")])
t = d(LTO); t["components"][3]["buttons"][0]["example"] = "C" * 16
case("lto_copy_code_16_fails", "LTO copy code limit is 15.", t, [("button.copy_code.example_length", "/components/3/buttons/0/example")])
t = d(LTO); t["components"][1]["limited_time_offer"]["text"] = "x" * 16
case("lto_text_16_passes", "Offer text of 16 characters.", t)
t = d(LTO); t["components"][1]["limited_time_offer"]["text"] = "x" * 17
case("lto_text_17_fails", "Offer text of 17 characters.", t, [("lto.text_length", "/components/1/limited_time_offer/text")])
t = d(LTO); t["components"][2]["text"] = "Hi {{1}}, code {{2}} " + filler(600 - 21)
case("lto_body_600_passes", "LTO body of 600 characters.", t)
t = d(LTO); t["components"][2]["text"] = "Hi {{1}}, code {{2}} " + filler(601 - 21)
case("lto_body_601_fails", "LTO body of 601 characters.", t, [("lto.body_length", "/components/2/text")])
t = d(CAROUSEL); t["components"][1]["cards"][1]["components"][1]["text"] = "Rare {{1}} " + "x" * (160 - 11)
case("card_body_160_passes", "Card body of 160 characters.", t)
t = d(CAROUSEL); t["components"][1]["cards"][1]["components"][1]["text"] = "Rare {{1}} " + "x" * (161 - 11)
case("card_body_161_fails", "Card body of 161 characters.", t, [("carousel.card_body_length", "/components/1/cards/1/components/1/text")])

def name_tpl(name):
    t = d(MINIMAL); t["name"] = name; return t

case("name_512_passes", "Name of 512 characters.", name_tpl("a" * 512))
case("name_513_fails", "Name of 513 characters.", name_tpl("a" * 513), [("name.length", "/name")])
case("name_uppercase_fails", "Upper case in the name.", name_tpl("Order_Update"), [("name.charset", "/name")])
case("name_hyphen_fails", "Hyphen in the name.", name_tpl("order-update"), [("name.charset", "/name")])
case("name_space_fails", "Space in the name.", name_tpl("order update"), [("name.charset", "/name")])
case("name_empty_fails", "Empty name.", name_tpl(""), [("name.empty", "/name")])
case("name_digit_first_warns", "Name starting with a digit: sources disagree.", name_tpl("2fa_code_notice"), warnings=["name.first_character"])
case("name_digits_and_underscores_pass", "Digits and underscores.", name_tpl("order_update_v2"))
t = d(MINIMAL); del t["name"]
case("name_missing_fails", "No name.", t, [("name.missing", "")])
t = d(MINIMAL); t["name"] = 42
case("name_number_fails", "Name is a number.", t, [("field.type", "/name")])

# ---------------------------------------------------------------- category, language, format
t = d(MINIMAL); t["category"] = "PROMOTION"
case("category_unknown_fails", "Unknown category.", t, [("category.invalid", "/category")])
t = d(MINIMAL); t["category"] = "Utility"
case("category_mixed_case_passes", "Mixed-case category.", t)
t = d(MINIMAL); del t["category"]
case("category_missing_fails", "No category.", t, [("category.missing", "")])
t = d(MINIMAL); t["category"] = ["UTILITY"]
case("category_array_fails", "Category as an array.", t, [("category.invalid", "/category")])
for code in ["en_US", "zu", "prs_AF", "ky_KG", "es_UY", "fil", "be_BY"]:
    t = d(MINIMAL); t["language"] = code
    case(f"language_{code}_passes", f"Supported language {code}.", t)
for code in ["en-US", "en_us", "EN", "ar_SA", "klingon", ""]:
    t = d(MINIMAL); t["language"] = code
    case(f"language_{code or 'empty'}_fails".replace("-", "_"), f"Unsupported language code '{code}'.", t,
         [("language.unsupported", "/language")])
t = d(MINIMAL); del t["language"]
case("language_missing_fails", "No language.", t, [("language.missing", "")])
t = d(MINIMAL); t["parameter_format"] = "NUMBERED"
case("parameter_format_unknown_fails", "Unknown parameter format.", t, [("parameter_format.invalid", "/parameter_format")])
t = d(ORDER); t["parameter_format"] = "positional"
case("parameter_format_positional_lowercase_passes", "Explicit lower-case positional.", t)

# ---------------------------------------------------------------- structure
case("root_array_fails", "An array, not a template.", [d(MINIMAL)], [("template.not_object", "")])
case("root_string_fails", "A string, not a template.", "hello", [("template.not_object", "")])
case("root_null_fails", "null.", None, [("template.not_object", "")])
case("empty_object_fails", "An empty object.", {},
     [("name.missing", ""), ("category.missing", ""), ("language.missing", ""), ("components.missing", "")])
t = d(MINIMAL); del t["components"]
case("components_missing_fails", "No components.", t, [("components.missing", "")])
t = d(MINIMAL); t["components"] = {"type": "BODY", "text": "Hello there, friend."}
case("components_object_fails", "components is an object.", t, [("field.type", "/components")])
t = d(MINIMAL); t["components"] = []
case("components_empty_fails", "components is empty.", t, [("components.empty", "/components")])
t = d(ORDER); t["components"] = [c for c in t["components"] if c["type"] != "BODY"]
case("body_missing_fails", "No BODY component.", t, [("body.missing", "/components")])
t = d(ORDER); t["components"].insert(2, {"type": "BODY", "text": "A second body here."})
case("body_duplicate_fails", "Two BODY components.", t, [("component.duplicate", "/components/2")])
t = d(ORDER); t["components"].append({"type": "FOOTER", "text": "Another footer"})
case("footer_duplicate_fails", "Two FOOTER components.", t, [("component.duplicate", "/components/4")])
t = d(ORDER); t["components"][2] = {"type": "SIGNATURE", "text": "Bye"}
case("component_type_unknown_fails", "Unknown component type.", t, [("component.type_unknown", "/components/2/type")])
t = d(ORDER); del t["components"][2]["type"]
case("component_type_missing_fails", "Component without type.", t, [("component.type_missing", "/components/2")])
t = d(ORDER); t["components"][2] = "FOOTER"
case("component_string_fails", "Component is a string.", t, [("field.type", "/components/2")])
t = d(MINIMAL); t["components"][0]["text"] = 12345
case("body_text_number_fails", "Body text is a number.", t, [("field.type", "/components/0/text")])
t = d(MINIMAL); del t["components"][0]["text"]
case("body_text_missing_fails", "Body without text.", t, [("body.text_missing", "/components/0")])
t = d(MINIMAL); t["components"][0]["text"] = "   "
case("body_blank_fails", "Body of spaces.", t, [("body.empty", "/components/0/text")])
t = d(ORDER); t["extra_field"] = {"anything": True}; t["id"] = "99"; t["status"] = "PENDING"
case("unknown_top_level_fields_pass", "Extra fields (id, status, others) are tolerated.", t)

# ---------------------------------------------------------------- variables
def vbody(text, values, category="UTILITY"):
    return body_tpl(text, category, {"body_text": [values]})

case("variable_spaces_fails", "{{ 1 }} is malformed.", vbody("Hello {{ 1 }}, your order is ready for pickup today.", ["Ana"]),
     [("variable.malformed", "/components/0/text")])
case("variable_hash_fails", "{{#1}} is malformed.", vbody("Hello {{#1}}, your order is ready for pickup today.", ["Ana"]),
     [("variable.malformed", "/components/0/text")])
case("variable_single_close_brace_fails", "{{1} is malformed.", vbody("Hello {{1}, your order is ready for pickup today.", ["Ana"]),
     [("variable.malformed", "/components/0/text")])
case("variable_single_open_brace_fails", "{1}} is malformed.", vbody("Hello {1}}, your order is ready for pickup today.", ["Ana"]),
     [("variable.malformed", "/components/0/text")])
case("variable_gap_fails", "{{1}} then {{3}}.", vbody("Hello {{1}}, your order {{3}} is ready for pickup at the shop today.", ["Ana", "42"]),
     [("variable.sequence", "/components/0/text")])
case("variable_meta_example_gap_fails", "Meta's {{1}},{{2}},{{5}},{{4}} example.",
     vbody("Dear {{1}}, items {{2}}, then {{5}}, and also {{4}} are now waiting for you at the counter of our store today.", ["a", "b", "c", "d"]),
     [("variable.sequence", "/components/0/text"), ("variable.order", "/components/0/text")])
case("variable_start_at_two_fails", "Starts at {{2}}.", vbody("Hello {{2}}, your order {{3}} is ready for pickup at the shop today.", ["Ana", "42"]),
     [("variable.start_at_one", "/components/0/text")])
case("variable_zero_fails", "Uses {{0}}.", vbody("Hello {{0}}, your order {{1}} is ready for pickup at the shop today.", ["Ana", "42"]),
     [("variable.start_at_one", "/components/0/text")])
case("variable_repeated_passes", "{{1}} used twice.", vbody("Hello {{1}}, we saved your cart, {{1}}, for the next three days.", ["Ana"]))
case("variable_out_of_order_fails", "{{2}} before {{1}}: Meta numbers variables in order of appearance.", vbody("Your order {{2}} for {{1}} is ready for pickup at the shop today.", ["Ana", "42"]),
     [("variable.order", "/components/0/text")])
case("variable_at_start_fails", "Body starts with a variable.", vbody("{{1}}, your order is ready for pickup at the shop today.", ["Ana"]),
     [("variable.at_start", "/components/0/text")])
case("variable_at_end_fails", "Body ends with a variable.", vbody("Your order is ready for pickup at the shop today, {{1}}", ["Ana"]),
     [("variable.at_end", "/components/0/text")])
case("variable_at_end_with_trailing_space_fails", "Only whitespace after the last variable.", vbody("Your order is ready for pickup at the shop today, {{1}}  \n", ["Ana"]),
     [("variable.at_end", "/components/0/text")])
case("variable_before_period_warns", "Variable followed only by a period: warning.", vbody("Your order is ready for pickup at the shop today, {{1}}.", ["Ana"]),
     warnings=["variable.near_edge"])
case("variable_adjacent_fails", "{{1}}{{2}}.", vbody("Hello, your code is {{1}}{{2}} and it is valid for the next two days.", ["A", "B"]),
     [("variable.adjacent", "/components/0/text")])
case("variable_adjacent_space_fails", "{{1}} {{2}}.", vbody("Hello, your code is {{1}} {{2}} and it is valid for the next two days.", ["A", "B"]),
     [("variable.adjacent", "/components/0/text")])
case("variable_separated_by_comma_passes", "{{1}}, {{2}}.", vbody("Hello, your codes are {{1}}, {{2}} and they are valid for the next two days.", ["A", "B"]))
case("variable_starts_line_warns", "A line starting with a variable.", vbody("Hello there,\n{{1}} is the status of your order today.", ["Shipped"]),
     warnings=["variable.starts_line"])
case("too_many_variables_fails", "3 variables, 2 words.", vbody("Hi {{1}}, {{2}}, bye {{3}}!", ["a", "b", "c"]),
     [("variable.too_many_for_length", "/components/0/text")])
case("variables_equal_words_warns", "3 variables and 3 words: not an error, below rule of thumb.", vbody("Hi {{1}}, {{2}}, and {{3}} bye!", ["a", "b", "c"]),
     warnings=["variable.ratio"])
case("ratio_rule_of_thumb_boundary_passes", "4 variables + 9 words = 13 = 3*4+1.",
     vbody("Hi {{1}}, order {{2}} ships {{3}} via {{4}} to your home address now.", ["a", "b", "c", "d"]))
case("mixed_formats_fails", "Positional and named in one body.",
     {"name": "mixed_vars", "language": "en_US", "category": "UTILITY", "parameter_format": "NAMED",
      "components": [{"type": "BODY", "text": "Hello {{1}}, your order {{order_id}} is ready for pickup today.",
                      "example": {"body_text_named_params": [{"param_name": "order_id", "example": "42"}]}}]},
     [("variable.mixed", "/components/0/text")])
t = d(DELIVERY); del t["parameter_format"]
case("named_without_parameter_format_fails", "Named variables but no parameter_format.", t, [("variable.format_mismatch", "")])
t = d(DELIVERY); t["parameter_format"] = "POSITIONAL"
case("named_with_positional_format_fails", "Named variables, parameter_format POSITIONAL.", t, [("variable.format_mismatch", "/components/0/text")])
t = d(ORDER); t["parameter_format"] = "NAMED"
case("positional_with_named_format_fails", "Numbered variables, parameter_format NAMED.", t,
     [("variable.format_mismatch", "/components/0/text"), ("variable.format_mismatch", "/components/1/text")])
t = d(DELIVERY); t["components"][0]["text"] = t["components"][0]["text"].replace("first_name", "First_Name")
t["components"][0]["example"]["body_text_named_params"][0]["param_name"] = "First_Name"
case("named_uppercase_fails", "Upper case in a named variable.", t, [("variable.name_spelling", "/components/0/text")])
t = d(DELIVERY); t["components"][0]["text"] = t["components"][0]["text"].replace("first_name", "name1")
t["components"][0]["example"]["body_text_named_params"][0]["param_name"] = "name1"
case("named_digits_warns", "Digits in a named variable: warning.", t, warnings=["variable.name_digits"])
t = d(DELIVERY); t["components"][0]["text"] = t["components"][0]["text"].replace("{{first_name}}", "{{first-name}}")
case("named_hyphen_fails", "Hyphen in a named variable is malformed.", t,
     [("variable.malformed", "/components/0/text"), ("example.name_mismatch", "/components/0/example/body_text_named_params/0/param_name")])

# ---------------------------------------------------------------- examples
t = d(ORDER); del t["components"][1]["example"]
case("body_example_missing_fails", "Body variables without example.", t, [("example.missing", "/components/1")])
t = d(ORDER); t["components"][1]["example"] = {"body_text": [["Pablo"]]}
case("body_example_count_short_fails", "One example for two variables.", t, [("example.count", "/components/1/example/body_text/0")])
t = d(ORDER); t["components"][1]["example"] = {"body_text": [["Pablo", "1", "2"]]}
case("body_example_count_long_fails", "Three examples for two variables.", t, [("example.count", "/components/1/example/body_text/0")])
t = d(ORDER); t["components"][1]["example"] = {"header_text": ["x"]}
case("body_example_wrong_key_fails", "example without body_text.", t, [("example.missing", "/components/1/example")])
t = d(ORDER); t["components"][1]["example"] = {"body_text": [["Pablo", ""]]}
case("body_example_empty_value_fails", "Empty example value.", t, [("example.empty", "/components/1/example/body_text/0/1")])
t = d(ORDER); t["components"][1]["example"] = {"body_text": ["Pablo", "860198"]}
case("body_example_flat_array_fails", "body_text not nested.", t, [("field.type", "/components/1/example/body_text")])
t = d(ORDER); del t["components"][0]["example"]
case("header_example_missing_fails", "Header variable without example.", t, [("example.missing", "/components/0")])
t = d(ORDER); t["components"][0]["example"] = {"header_text": ["a", "b"]}
case("header_example_count_fails", "Two header examples for one variable.", t, [("example.count", "/components/0/example/header_text")])
t = d(DELIVERY); t["components"][0]["example"]["body_text_named_params"].pop()
case("named_example_missing_name_fails", "No example for tracking_id.", t, [("example.name_mismatch", "/components/0/example/body_text_named_params")])
t = d(DELIVERY); t["components"][0]["example"]["body_text_named_params"].append({"param_name": "coupon", "example": "X"})
case("named_example_extra_name_fails", "Example for a variable not in the text.", t, [("example.name_mismatch", "/components/0/example/body_text_named_params/2/param_name")])
t = d(DELIVERY); t["components"][0]["example"] = {"body_text": [["Pablo", "LS-1"]]}
case("named_example_positional_shape_fails", "Named variables with positional examples.", t, [("example.missing", "/components/0/example")])
t = d(MINIMAL); t["components"][0]["example"] = {"body_text": [["unused"]]}
case("example_without_variables_warns", "Examples but no variables: warning.", t, warnings=["example.unused"])

# ---------------------------------------------------------------- header
t = d(ORDER); t["components"][0]["text"] = "Order {{1}} for {{2}}"; t["components"][0]["example"] = {"header_text": ["a", "b"]}
case("header_two_variables_fails", "Two header variables.", t, [("header.variable_count", "/components/0/text")])
t = d(ORDER); t["components"][0]["text"] = "*Order* {{1}} confirmed"
case("header_markup_fails", "Asterisks in the header.", t, [("header.markup", "/components/0/text")])
t = d(ORDER); t["components"][0]["text"] = "Order {{1}}\nconfirmed"
case("header_newline_fails", "Line break in the header.", t, [("header.newline", "/components/0/text")])
t = d(ORDER); t["components"][0]["text"] = "Order {{1}} confirmed 🎉"
case("header_emoji_warns", "Emoji in the header: warning.", t, warnings=["header.emoji"])
t = d(ORDER); del t["components"][0]["format"]
case("header_format_missing_fails", "Header without format.", t, [("header.format_missing", "/components/0")])
t = d(ORDER); t["components"][0]["format"] = "AUDIO"
case("header_format_unknown_fails", "AUDIO header.", t, [("header.format_unknown", "/components/0/format")])
t = d(ORDER); del t["components"][0]["text"]; del t["components"][0]["example"]
case("header_text_missing_fails", "TEXT header without text.", t, [("header.text_missing", "/components/0")])
t = d(PROMO); del t["components"][0]["example"]
case("image_header_without_sample_fails", "IMAGE header without header_handle.", t, [("header.media_example_missing", "/components/0")])
t = d(PROMO); t["components"][0]["example"] = {"header_handle": []}
case("image_header_empty_handle_fails", "Empty header_handle.", t, [("header.media_example_missing", "/components/0/example/header_handle")])
for fmt in ["VIDEO", "DOCUMENT", "video"]:
    t = d(PROMO); t["components"][0]["format"] = fmt
    case(f"header_{fmt.lower()}_{'lc' if fmt.islower() else 'uc'}_passes", f"{fmt} header with sample.", t)
t = d(OTP_COPY); t["components"].insert(0, {"type": "HEADER", "format": "LOCATION"})
case("location_header_in_auth_fails", "Location header in AUTHENTICATION.", t, [("header.location_category", "/components/0")])
t = d(APPOINTMENT); t["category"] = "MARKETING"
case("location_header_in_marketing_passes", "Location header in MARKETING.", t)

# ---------------------------------------------------------------- footer
t = d(ORDER); t["components"][2]["text"] = "Reply {{1}} to stop"
case("footer_variable_fails", "Variable in the footer.", t, [("footer.variable", "/components/2/text")])
t = d(ORDER); del t["components"][2]["text"]
case("footer_text_missing_fails", "Footer without text.", t, [("footer.text_missing", "/components/2")])
t = d(ORDER); t["components"][2]["text"] = "Thanks! 🌿"
case("footer_emoji_warns", "Emoji in the footer: warning.", t, warnings=["footer.style"])

# ---------------------------------------------------------------- buttons
def qr(i):
    return {"type": "QUICK_REPLY", "text": f"Option {i}"}

t = d(PROMO); t["components"][3]["buttons"] = [qr(i) for i in range(10)]
case("ten_quick_replies_pass", "10 quick replies.", t)
t = d(PROMO); t["components"][3]["buttons"] = [qr(i) for i in range(11)]
case("eleven_buttons_fail", "11 buttons.", t, [("buttons.count", "/components/3/buttons/10")])
t = d(PROMO); t["components"][3]["buttons"] = [qr(i) for i in range(7)] + [
    {"type": "URL", "text": "Shop", "url": "https://a.example.com/x"},
    {"type": "URL", "text": "Blog", "url": "https://b.example.com/y"},
    {"type": "PHONE_NUMBER", "text": "Call", "phone_number": "+15550051310"}]
case("ten_mixed_buttons_pass", "7 QR + 2 URL + 1 phone.", t)
t = d(PROMO); t["components"][3]["buttons"] = [
    {"type": "URL", "text": "A", "url": "https://a.example.com/"},
    {"type": "URL", "text": "B", "url": "https://b.example.com/"},
    {"type": "URL", "text": "C", "url": "https://c.example.com/"}]
case("three_url_buttons_fail", "3 URL buttons.", t, [("buttons.type_count", "/components/3/buttons/2")])
t = d(PROMO); t["components"][3]["buttons"] = [
    {"type": "PHONE_NUMBER", "text": "A", "phone_number": "+15550051310"},
    {"type": "PHONE_NUMBER", "text": "B", "phone_number": "+15550051311"}]
case("two_phone_buttons_fail", "2 phone buttons.", t, [("buttons.type_count", "/components/3/buttons/1")])
t = d(PROMO); t["components"][3]["buttons"].append({"type": "COPY_CODE", "example": "SECOND"})
case("two_copy_code_buttons_fail", "2 copy-code buttons.", t, [("buttons.type_count", "/components/3/buttons/5")])
t = d(PROMO); t["components"][3]["buttons"] = [qr(1), {"type": "URL", "text": "Shop", "url": "https://a.example.com/"}, qr(2)]
case("quick_reply_split_fails", "QR, URL, QR.", t, [("buttons.grouping", "/components/3/buttons/2")])
t = d(PROMO); t["components"][3]["buttons"] = [{"type": "URL", "text": "Shop", "url": "https://a.example.com/"}, qr(1),
                                               {"type": "PHONE_NUMBER", "text": "Call", "phone_number": "+15550051310"}]
case("cta_split_fails", "URL, QR, PHONE.", t, [("buttons.grouping", "/components/3/buttons/2")])
t = d(PROMO); t["components"][3]["buttons"] = [{"type": "URL", "text": "Shop", "url": "https://a.example.com/"},
                                               {"type": "PHONE_NUMBER", "text": "Call", "phone_number": "+15550051310"}, qr(1), qr(2)]
case("cta_then_quick_replies_pass", "URL, PHONE, QR, QR.", t)
t = d(ORDER); t["components"][3]["buttons"][0]["url"] = "https://www.luckyshrub.com/{{1}}/track"
case("url_variable_in_middle_fails", "URL variable not at end.", t, [("button.url.variable_not_at_end", "/components/3/buttons/0/url")])
t = d(ORDER); t["components"][3]["buttons"][0]["url"] = "https://www.luckyshrub.com/{{1}}/{{2}}"
case("url_two_variables_fails", "Two URL variables.", t,
     [("button.url.variable_count", "/components/3/buttons/0/url"), ("button.url.variable_not_at_end", "/components/3/buttons/0/url"),
      ("button.url.variable_number", "/components/3/buttons/0/url")])
t = d(ORDER); t["components"][3]["buttons"][0]["url"] = "https://www.luckyshrub.com/track/{{2}}"
case("url_variable_two_fails", "URL variable {{2}}.", t, [("button.url.variable_number", "/components/3/buttons/0/url")])
t = d(ORDER); t["components"][3]["buttons"][0]["url"] = "{{1}}"
case("url_only_variable_fails", "URL is only a variable.", t, [("button.url.invalid", "/components/3/buttons/0/url")])
t = d(ORDER); t["components"][3]["buttons"][0]["url"] = "https://{{1}}"
case("url_variable_as_host_fails", "Variable is the domain.", t, [("button.url.variable_in_host", "/components/3/buttons/0/url")])
t = d(ORDER); t["components"][3]["buttons"][0]["url"] = "www.luckyshrub.com/track/{{1}}"
case("url_without_scheme_fails", "URL without https://.", t, [("button.url.invalid", "/components/3/buttons/0/url")])
t = d(ORDER); del t["components"][3]["buttons"][0]["example"]
case("url_example_missing_fails", "URL variable without example.", t, [("button.url.example_missing", "/components/3/buttons/0")])
t = d(ORDER); t["components"][3]["buttons"][0]["example"] = ["a", "b"]
case("url_example_two_values_fails", "Two URL examples.", t, [("button.url.example_count", "/components/3/buttons/0/example")])
t = d(ORDER); del t["components"][3]["buttons"][0]["url"]
case("url_missing_fails", "URL button without url.", t, [("button.url.missing", "/components/3/buttons/0")])
t = d(ORDER); del t["components"][3]["buttons"][1]["text"]
case("quick_reply_without_text_fails", "Quick reply without text.", t, [("button.text_missing", "/components/3/buttons/1")])
t = d(ORDER); t["components"][3]["buttons"][1]["text"] = "Stop {{1}}"
case("button_label_variable_fails", "Variable in a label.", t, [("button.text_variable", "/components/3/buttons/1/text")])
t = d(APPOINTMENT); t["components"][3]["buttons"][2]["phone_number"] = "call me!"
case("phone_without_digits_fails", "No digits and a symbol in the phone number.", t, [("button.phone.format", "/components/3/buttons/2/phone_number")])
t = d(APPOINTMENT); t["components"][3]["buttons"][2]["phone_number"] = "+52 55 1234 {{1}}"
case("phone_with_variable_fails", "A variable in the phone number.", t, [("button.phone.format", "/components/3/buttons/2/phone_number")])
t = d(APPOINTMENT); t["components"][3]["buttons"][2]["phone_number"] = "1-800-FLOWERS"
case("phone_vanity_letters_pass", "Meta calls the phone field alphanumeric.", t)
t = d(APPOINTMENT); del t["components"][3]["buttons"][2]["phone_number"]
case("phone_missing_fails", "Phone button without number.", t, [("button.phone.missing", "/components/3/buttons/2")])
t = d(PROMO); del t["components"][3]["buttons"][4]["example"]
case("copy_code_example_missing_fails", "Copy code without example.", t, [("button.copy_code.example_missing", "/components/3/buttons/4")])
t = d(PROMO); t["components"][3]["buttons"][0]["type"] = "REPLY"
case("button_type_unknown_fails", "Unknown button type.", t, [("button.type_unknown", "/components/3/buttons/0/type")])
t = d(PROMO); del t["components"][3]["buttons"][0]["type"]
case("button_type_missing_fails", "Button without type.", t, [("button.type_missing", "/components/3/buttons/0")])
t = d(PROMO); t["components"][3]["buttons"] = []
case("buttons_empty_fails", "Empty buttons array.", t, [("buttons.empty", "/components/3/buttons")])
t = d(PROMO); del t["components"][3]["buttons"]
case("buttons_missing_fails", "BUTTONS without buttons.", t, [("buttons.missing", "/components/3")])
t = d(PROMO); t["components"][3]["buttons"] = [{"type": "OTP", "otp_type": "COPY_CODE"}]
case("otp_in_marketing_fails", "OTP button in MARKETING.", t, [("button.otp.category", "/components/3/buttons/0")])
t = d(CATALOG); t["category"] = "UTILITY"
case("catalog_in_utility_fails", "CATALOG button in UTILITY.", t, [("button.catalog.category", "/components/2/buttons/0")])
t = d(MPM); t["category"] = "UTILITY"
case("mpm_in_utility_fails", "MPM button in UTILITY.", t, [("button.catalog.category", "/components/2/buttons/0")])
t = d(PROMO); t["components"][3]["buttons"] = [{"type": "FLOW", "text": "Book a visit", "flow_id": "1234", "flow_action": "navigate", "navigate_screen": "WELCOME"}]
case("flow_button_passes", "FLOW button with flow_id.", t)
t = d(PROMO); t["components"][3]["buttons"] = [{"type": "FLOW", "text": "Book a visit"}]
case("flow_button_without_flow_fails", "FLOW button without a flow.", t, [("button.flow.target_missing", "/components/3/buttons/0")])
t = d(PROMO); t["components"][3]["buttons"] = [{"type": "VOICE_CALL", "text": "Call us"}, {"type": "VOICE_CALL", "text": "Call again"}]
case("two_voice_call_warns", "Two VOICE_CALL buttons: count uncertain.", t, warnings=["buttons.type_count_uncertain"])

# ---------------------------------------------------------------- carousel
t = d(CAROUSEL); t["category"] = "UTILITY"
case("carousel_in_utility_fails", "Carousel in UTILITY.", t, [("carousel.category", "/components/1")])
t = d(CAROUSEL); t["components"][1]["cards"] = [d(CAROUSEL_CARD)]
case("carousel_one_card_fails", "One card.", t, [("carousel.card_count", "/components/1/cards")])
t = d(CAROUSEL); t["components"][1]["cards"] = [d(CAROUSEL_CARD) for _ in range(2)]
case("carousel_two_cards_pass", "Two cards.", t)
t = d(CAROUSEL); t["components"][1]["cards"] = [d(CAROUSEL_CARD) for _ in range(10)]
case("carousel_ten_cards_pass", "Ten cards.", t)
t = d(CAROUSEL); t["components"][1]["cards"] = [d(CAROUSEL_CARD) for _ in range(11)]
case("carousel_eleven_cards_fail", "Eleven cards.", t, [("carousel.card_count", "/components/1/cards/10")])
t = d(CAROUSEL); del t["components"][1]["cards"]
case("carousel_without_cards_fails", "Carousel without cards.", t, [("carousel.cards_missing", "/components/1")])
t = d(CAROUSEL); t["components"][1]["cards"][2]["components"][0]["format"] = "DOCUMENT"
case("carousel_document_header_fails", "Document header on a card.", t, [("carousel.card_header", "/components/1/cards/2/components/0/format")])
t = d(CAROUSEL); del t["components"][1]["cards"][1]["components"][0]
case("carousel_card_without_header_fails", "Card without header.", t, [("carousel.card_header", "/components/1/cards/1/components")])
t = d(CAROUSEL); t["components"][1]["cards"][1]["components"][2]["buttons"].append({"type": "QUICK_REPLY", "text": "Third"})
case("carousel_card_three_buttons_fails", "Card with 3 buttons.", t, [
    ("carousel.card_buttons", "/components/1/cards/1/components/2/buttons/2"),
    ("carousel.cards_differ", "/components/1/cards/1")])
t = d(CAROUSEL); del t["components"][1]["cards"][2]["components"][1]
case("carousel_body_on_some_cards_fails", "Card 3 without body while others have one.", t,
     [("carousel.card_body_consistency", "/components/1/cards/2/components")])
t = d(CAROUSEL); t["components"][1]["cards"][1]["components"][2]["buttons"] = [
    {"type": "URL", "text": "Buy now", "url": "https://www.luckyshrub.com/rare/{{1}}", "example": ["x"]},
    {"type": "QUICK_REPLY", "text": "Send more like this"}]
case("carousel_cards_button_order_differs_warns", "Card 2 buttons in another order: warning (Meta's example mixes types).", t,
     warnings=["carousel.card_button_types_differ"])
t = d(CAROUSEL); t["components"][1]["cards"][2]["components"][2]["buttons"].pop()
case("carousel_card_with_fewer_buttons_fails", "Card 3 has one button, the others two.", t, [("carousel.cards_differ", "/components/1/cards/2")])
t = d(CAROUSEL); t["components"][1]["cards"][0]["components"][2]["buttons"][0] = {"type": "COPY_CODE", "example": "X1"}
for c in t["components"][1]["cards"][1:]:
    c["components"][2]["buttons"][0] = {"type": "COPY_CODE", "example": "X1"}
case("carousel_copy_code_on_card_fails", "Copy code on cards.", t, [
    ("carousel.card_buttons", "/components/1/cards/0/components/2/buttons/0"),
    ("carousel.card_buttons", "/components/1/cards/1/components/2/buttons/0"),
    ("carousel.card_buttons", "/components/1/cards/2/components/2/buttons/0")])
t = d(CAROUSEL); t["components"].insert(0, {"type": "HEADER", "format": "TEXT", "text": "Rare plants"})
case("carousel_with_top_header_fails", "Carousel template with a top-level header.", t, [("carousel.top_level_component", "/components/0")])
t = d(CAROUSEL); del t["components"][1]["cards"][0]["components"][0]["example"]
case("carousel_card_header_without_sample_fails", "Card header without sample.", t, [("header.media_example_missing", "/components/1/cards/0/components/0")])
t = d(CAROUSEL); del t["components"][1]["cards"][0]["components"][1]["example"]
case("carousel_card_body_example_missing_fails", "Card body variable without example.", t, [("example.missing", "/components/1/cards/0/components/1")])

# ---------------------------------------------------------------- LTO
t = d(LTO); t["components"].append({"type": "FOOTER", "text": "Terms apply"})
case("lto_with_footer_fails", "LTO with a footer.", t, [("lto.footer", "/components/4")])
t = d(LTO); t["category"] = "UTILITY"
case("lto_in_utility_fails", "LTO in UTILITY.", t, [("lto.category", "/components/1")], )
t = d(LTO); t["components"][0] = {"type": "header", "format": "document", "example": {"header_handle": ["4::x"]}}
case("lto_document_header_fails", "LTO with a document header.", t, [("lto.header_format", "/components/0/format")])
t = d(LTO); del t["components"][1]["limited_time_offer"]
case("lto_without_offer_object_fails", "LTO component without object.", t, [("lto.object_missing", "/components/1")])

# ---------------------------------------------------------------- authentication
t = d(OTP_COPY); t["components"][0]["text"] = "Your code is {{1}}. Do not share it with anyone."
case("auth_custom_body_fails", "Custom body text in AUTHENTICATION.", t, [("auth.body_text", "/components/0/text")])
t = d(OTP_COPY); t["components"][1]["code_expiration_minutes"] = 91
case("auth_expiry_91_fails", "code_expiration_minutes 91.", t, [("auth.code_expiration", "/components/1/code_expiration_minutes")])
t = d(OTP_COPY); t["components"][1]["code_expiration_minutes"] = 0
case("auth_expiry_0_fails", "code_expiration_minutes 0.", t, [("auth.code_expiration", "/components/1/code_expiration_minutes")])
t = d(OTP_COPY); t["components"][1]["code_expiration_minutes"] = 1
case("auth_expiry_1_passes", "code_expiration_minutes 1.", t)
t = d(OTP_COPY); t["components"][1]["text"] = "Expires soon"
case("auth_footer_text_fails", "Footer text in AUTHENTICATION.", t, [("auth.footer_text", "/components/1/text")])
t = d(OTP_COPY); t["components"].insert(0, {"type": "HEADER", "format": "IMAGE", "example": {"header_handle": ["4::x"]}})
case("auth_image_header_fails", "Media header in AUTHENTICATION.", t, [("auth.header", "/components/0")])
t = d(OTP_COPY); t["components"] = t["components"][:2]
case("auth_without_button_fails", "AUTHENTICATION without buttons.", t, [("auth.button_missing", "/components")])
t = d(OTP_COPY); t["components"][2]["buttons"].append({"type": "QUICK_REPLY", "text": "Not me"})
case("auth_extra_quick_reply_fails", "OTP plus a quick reply.", t, [("auth.button_type", "/components/2/buttons/1")])
t = d(OTP_COPY); t["components"][2]["buttons"].append({"type": "OTP", "otp_type": "COPY_CODE"})
case("auth_two_otp_fails", "Two OTP buttons.", t, [("auth.button_type", "/components/2/buttons/1")])
t = d(OTP_COPY); t["components"][2]["buttons"] = [{"type": "URL", "text": "Log in", "url": "https://example.com/login"}]
case("auth_url_button_fails", "URL button instead of OTP.", t, [("auth.button_type", "/components/2/buttons/0")])
t = d(OTP_COPY); del t["components"][2]["buttons"][0]["otp_type"]
case("auth_otp_type_missing_fails", "OTP without otp_type.", t, [("auth.otp_type", "/components/2/buttons/0")])
t = d(OTP_COPY); t["components"][2]["buttons"][0]["otp_type"] = "MAGIC_LINK"
case("auth_otp_type_unknown_fails", "Unknown otp_type.", t, [("auth.otp_type", "/components/2/buttons/0/otp_type")])
t = d(OTP_COPY); t["components"][2]["buttons"][0]["text"] = "c" * 26
case("auth_copy_label_26_fails", "Copy label of 26.", t, [("button.text_length", "/components/2/buttons/0/text")])
t = d(OTP_ONE_TAP); del t["components"][2]["buttons"][0]["supported_apps"]
case("one_tap_without_apps_fails", "ONE_TAP without supported_apps.", t, [("auth.supported_apps", "/components/2/buttons/0")])
t = d(OTP_ONE_TAP); t["components"][2]["buttons"][0]["supported_apps"][0]["signature_hash"] = "K8a/AINcGX"
case("signature_hash_10_fails", "signature_hash of 10.", t, [("auth.signature_hash", "/components/2/buttons/0/supported_apps/0/signature_hash")])
t = d(OTP_ONE_TAP); t["components"][2]["buttons"][0]["supported_apps"][0]["signature_hash"] = "K8a/AINcGX7!"[:11].replace("7", "!")
case("signature_hash_bad_char_fails", "signature_hash with '!'.", t, [("auth.signature_hash", "/components/2/buttons/0/supported_apps/0/signature_hash")])
t = d(OTP_ONE_TAP); t["components"][2]["buttons"][0]["supported_apps"][0]["package_name"] = "luckyshrub"
case("package_name_one_segment_fails", "package_name with one segment.", t, [("auth.package_name", "/components/2/buttons/0/supported_apps/0/package_name")])
t = d(OTP_ONE_TAP); t["components"][2]["buttons"][0]["supported_apps"] = [
    {"package_name": f"com.example.app{i}", "signature_hash": "K8a/AINcGX7"} for i in range(5)]
case("five_apps_pass", "Five supported apps.", t)
t = d(OTP_ONE_TAP); t["components"][2]["buttons"][0]["supported_apps"] = [
    {"package_name": f"com.example.app{i}", "signature_hash": "K8a/AINcGX7"} for i in range(6)]
case("six_apps_fail", "Six supported apps.", t, [("auth.supported_apps", "/components/2/buttons/0/supported_apps/5")])
t = d(OTP_ZERO_TAP); del t["components"][2]["buttons"][0]["zero_tap_terms_accepted"]
case("zero_tap_without_terms_fails", "ZERO_TAP without terms.", t, [("auth.zero_tap_terms", "/components/2/buttons/0")])
t = d(OTP_ZERO_TAP); t["components"][2]["buttons"][0]["zero_tap_terms_accepted"] = False
case("zero_tap_terms_false_fails", "ZERO_TAP terms false.", t, [("auth.zero_tap_terms", "/components/2/buttons/0/zero_tap_terms_accepted")])
t = d(OTP_COPY); t["message_send_ttl_seconds"] = 900
case("auth_ttl_900_passes", "Auth TTL 900.", t)
t = d(OTP_COPY); t["message_send_ttl_seconds"] = 901
case("auth_ttl_901_fails", "Auth TTL 901.", t, [("ttl.range", "/message_send_ttl_seconds")])
t = d(OTP_COPY); t["message_send_ttl_seconds"] = 29
case("auth_ttl_29_fails", "Auth TTL 29.", t, [("ttl.range", "/message_send_ttl_seconds")])
t = d(ORDER); t["message_send_ttl_seconds"] = 43200
case("utility_ttl_43200_passes", "Utility TTL 43,200.", t)
t = d(ORDER); t["message_send_ttl_seconds"] = 43201
case("utility_ttl_43201_fails", "Utility TTL 43,201.", t, [("ttl.range", "/message_send_ttl_seconds")])
t = d(ORDER); t["message_send_ttl_seconds"] = -1
case("utility_ttl_minus_one_passes", "TTL -1 means 30 days.", t)

# ---------------------------------------------------------------- catalog / MPM
t = d(MPM); t["components"][0] = {"type": "HEADER", "format": "IMAGE", "example": {"header_handle": ["4::x"]}}
case("mpm_image_header_fails", "MPM with image header.", t, [("mpm.header_format", "/components/0/format")])
t = d(CATALOG); t["components"][2]["buttons"].append({"type": "QUICK_REPLY", "text": "Not now"})
case("catalog_with_other_button_warns", "Catalog with an extra quick reply: warning.", t, warnings=["button.catalog.not_alone"])

# ---------------------------------------------------------------- rejection risks (warnings only)
case("utility_promotional_wording_warns", "Promotional wording in UTILITY.",
     vbody("Hi {{1}}, your order has shipped. Use code SAVE20 for 20% off your next purchase!", ["Ana"]),
     warnings=["risk.promotional_in_utility"])
case("marketing_verification_code_warns", "Code wording in MARKETING.",
     body_tpl("Your verification code is 123456. Shop our new arrivals today.", "MARKETING"),
     warnings=["risk.code_outside_auth"])
case("full_card_number_request_warns", "Asking for a full card number.",
     body_tpl("Please reply with your credit card number to confirm the booking.", "UTILITY"),
     warnings=["risk.sensitive_request"])
case("last_four_digits_pass_quietly", "Last 4 digits are fine.",
     body_tpl("The payment with the card ending in 4242 (last 4 digits of your card number) was declined.", "UTILITY"))
case("eleven_emoji_in_marketing_warns", "11 emoji in MARKETING.",
     body_tpl("Big news 🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉 everything is in stock again this week.", "MARKETING"),
     warnings=["body.emoji_cap"])
case("ten_emoji_in_marketing_quiet", "10 emoji in MARKETING: no emoji warning.",
     body_tpl("Big news 🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉 everything is in stock again this week.", "MARKETING"))
case("long_body_suits_email_warns", "A 900-character body.",
     body_tpl(filler(900), "UTILITY"), warnings=["risk.long_body", "body.length_reported_550"])

# ---------------------------------------------------------------- wrong types everywhere
case("all_wrong_types_fail", "Every top-level field has the wrong type.",
     {"name": [], "language": 7, "category": {}, "components": "BODY"},
     [("field.type", "/name"), ("language.unsupported", "/language"), ("category.invalid", "/category"), ("field.type", "/components")])
t = d(ORDER); t["components"][3]["buttons"] = "QUICK_REPLY"
case("buttons_string_fails", "buttons is a string.", t, [("field.type", "/components/3/buttons")])
t = d(ORDER); t["components"][3]["buttons"][1] = 5
case("button_number_fails", "A button is a number.", t, [("field.type", "/components/3/buttons/1")])
t = d(ORDER); t["components"][1]["example"] = "Pablo"
case("example_string_fails", "example is a string.", t, [("field.type", "/components/1/example")])
case("pointer_escaping_in_keys", "Keys with / and ~ do not break anything.",
     {"name": "ok_name", "language": "en_US", "category": "UTILITY", "a/b~c": 1,
      "components": [{"type": "BODY", "text": "Thanks for contacting us, we reply soon."}]})

# ---------------------------------------------------------------- remaining rules and edge cases
t = d(PROMO); t["message_send_ttl_seconds"] = 86400
case("marketing_ttl_warns", "Custom TTL on MARKETING: Marketing Messages API only.", t, warnings=["ttl.marketing_api_only"])
t = d(PROMO); t["message_send_ttl_seconds"] = 3600
case("marketing_ttl_3600_fails", "Marketing TTL below 12 h.", t, [("ttl.range", "/message_send_ttl_seconds")], warnings=["ttl.marketing_api_only"])
t = d(ORDER); t["message_send_ttl_seconds"] = "600"
case("ttl_string_fails", "TTL as text.", t, [("field.type", "/message_send_ttl_seconds")])
t = d(ORDER); t["components"][0]["text"] = "  "; del t["components"][0]["example"]
case("header_blank_fails", "Blank header text.", t, [("header.empty", "/components/0/text")])
t = d(PROMO); t["components"][0]["format"] = "GIF"
case("gif_header_warns", "GIF header: Marketing Messages API only.", t, warnings=["header.gif"])
t = d(ORDER); t["components"][2]["text"] = ""
case("footer_empty_fails", "Empty footer text.", t, [("footer.empty", "/components/2/text")])
t = d(ORDER); t["components"][3]["buttons"][1]["text"] = ""
case("button_label_empty_fails", "Empty quick reply label.", t, [("button.text_empty", "/components/3/buttons/1/text")])
t = d(CAROUSEL); del t["components"][1]["cards"][1]["components"]
case("carousel_card_without_components_fails", "Card without components.", t, [("carousel.card_components_missing", "/components/1/cards/1")])
t = d(CAROUSEL); t["components"][1]["cards"][0]["components"].append({"type": "FOOTER", "text": "x"})
case("carousel_card_footer_fails", "Footer on a card.", t, [("carousel.card_component_type", "/components/1/cards/0/components/3/type")])
t = d(OTP_COPY); t["components"].append({"type": "LIMITED_TIME_OFFER", "limited_time_offer": {"text": "x"}})
case("auth_with_lto_fails", "LTO in AUTHENTICATION.", t, [("auth.component", "/components/3")])
t = d(OTP_ONE_TAP); b = t["components"][2]["buttons"][0]; del b["supported_apps"]
b["package_name"] = "com.example.luckyshrub"; b["signature_hash"] = "K8a/AINcGX7"
case("one_tap_legacy_fields_warns", "Button-level package_name/signature_hash: v20 and older only.", t, warnings=["auth.legacy_app_fields"])
t = d(OTP_COPY); t["components"][2]["buttons"][0]["text"] = "Copy 🔑"
case("auth_emoji_in_label_fails", "Emoji in an OTP label.", t, [("auth.emoji", "/components/2/buttons/0/text")])
t = d(OTP_COPY); t["components"][0]["add_security_recommendation"] = "yes"
case("auth_security_recommendation_string_fails", "add_security_recommendation as text.", t,
     [("auth.security_recommendation", "/components/0/add_security_recommendation")])
t = d(CATALOG); t["components"].insert(0, {"type": "HEADER", "format": "TEXT", "text": "Our catalog"})
case("catalog_with_header_warns", "Catalog template with a header: warning.", t, warnings=["catalog.header"])
t = d(ORDER); t["components"][3]["buttons"][1] = {"type": "URL", "text": "Help", "url": "https://help.luckyshrub.com", "example": ["x"]}
case("url_without_variable_but_example_warns", "Example on a fixed URL: warning.", t, warnings=["example.unused"])
t = d(ORDER); t["components"][0]["text"] = "{{1}} is confirmed"
case("header_variable_at_start_warns", "Header starting with a variable: warning only.", t, warnings=["header.variable_at_edge"])
t = d(DELIVERY); t["components"].insert(0, {"type": "HEADER", "format": "TEXT", "text": "Parcel for {{first_name}} today",
    "example": {"header_text_named_params": [{"param_name": "first_name", "example": "Pablo"}]}})
case("named_header_passes", "Named header variable with named example.", t)
t = d(DELIVERY); t["components"].insert(0, {"type": "HEADER", "format": "TEXT", "text": "Parcel for {{first_name}} today",
    "example": {"header_text": ["Pablo"]}})
case("named_header_positional_example_fails", "Named header variable with positional example.", t, [("example.missing", "/components/0/example")])
t = d(ORDER); t["components"][1]["text"] = "*Hi {{1}}*,\n\nthank you for your order _{{2}}_.\n~Old price~ ```code``` We will let you know when it ships."
case("body_with_markup_and_newlines_passes", "Markup and blank lines in the body.", t)
t = d(ORDER); t["components"][1]["text"] = "Hi {{1}}, your order {{2}} is on its way and will arrive very soon. " + "🚚" * 3
case("utility_body_with_three_emoji_passes", "A few emoji in UTILITY.", t)
t = d(MPM); t["components"].insert(2, {"type": "FOOTER", "text": "Lucky Shrub"})
case("mpm_with_footer_passes", "MPM with footer.", t)
t = d(MPM); del t["components"][0]
case("mpm_without_header_fails", "MPM without its text header.", t, [("mpm.header_missing", "/components")])
t = d(MPM); t["components"][2]["buttons"].append({"type": "MPM", "text": "More items"})
case("mpm_two_buttons_fail", "Two MPM buttons.", t, [("buttons.type_count", "/components/2/buttons/1")])
t = d(OTP_COPY); t["category"] = "MARKETING"
case("auth_shape_in_marketing_fails", "Authentication shape under MARKETING.", t,
     [("body.text_missing", "/components/0"), ("footer.text_missing", "/components/1"), ("button.otp.category", "/components/2/buttons/0")])
t = d(PROMO); t["components"][3]["buttons"][4]["example"] = ["SUMMER25"]
case("copy_code_example_array_passes", "Copy code example as a one-element array.", t)
t = d(ORDER); t["components"].insert(0, t["components"].pop(1))
case("body_before_header_passes", "Component order does not matter to the rules.", t)
t = d(ORDER); t["components"][1]["text"] = "Hi {{1}}, thank you for your order {{2}}."
case("variable_before_final_period_warns_only", "Ends with '{{2}}.': warning only.", t, warnings=["variable.near_edge"])
t = d(ARABIC); t["components"][0]["text"] = "\u200fمرحبا {{1}}، " + "ب" * (1024 - 14)
t["components"][0]["example"] = {"body_text": [["أحمد"]]}
case("rtl_body_1024_passes", "Right-to-left body of 1,024 characters with a direction mark.", t, warnings=["body.length_reported_550"])
t = d(ARABIC); t["components"][0]["text"] = "\u200fمرحبا {{1}}، " + "ب" * (1025 - 14)
t["components"][0]["example"] = {"body_text": [["أحمد"]]}
case("rtl_body_1025_fails", "Right-to-left body of 1,025 characters.", t, [("body.length", "/components/0/text")])

# ---------------------------------------------------------------- Meta's own documentation examples
case("meta_seasonal_promotion", "Meta overview example: seasonal promotion with text header and two quick replies.", {
    "name": "seasonal_promotion", "language": "en_US", "category": "MARKETING", "components": [
        {"type": "HEADER", "format": "TEXT", "text": "Our {{1}} is on!", "example": {"header_text": ["Summer Sale"]}},
        {"type": "BODY", "text": "Shop now through {{1}} and use code {{2}} to get {{3}} off of all merchandise.",
         "example": {"body_text": [["the end of August", "25OFF", "25%"]]}},
        {"type": "FOOTER", "text": "Use the buttons below to manage your marketing subscriptions"},
        {"type": "BUTTONS", "buttons": [{"type": "QUICK_REPLY", "text": "Unsubscribe from Promos"},
                                        {"type": "QUICK_REPLY", "text": "Unsubscribe from All"}]}]})
case("meta_order_confirmation_document", "Meta example: document header, phone and fixed URL buttons.", {
    "name": "order_confirmation", "language": "en_US", "category": "UTILITY", "components": [
        {"type": "HEADER", "format": "DOCUMENT", "example": {"header_handle": ["4::YXBwbGljYXRpb24vcGRm:ARZ"]}},
        {"type": "BODY", "text": "Thank you for your order, {{1}}! Your confirmation number is {{2}}. If you have any questions, please use the buttons below to contact support. Thank you for being a customer!",
         "example": {"body_text": [["Pablo", "860198-230332"]]}},
        {"type": "BUTTONS", "buttons": [{"type": "PHONE_NUMBER", "text": "Call", "phone_number": "15550051310"},
                                        {"type": "URL", "text": "Contact Support", "url": "https://www.luckyshrub.com/support"}]}]})
case("meta_named_reservation", "Meta management example: named parameters, markup and blank lines.", {
    "name": "reservation_confirmation", "language": "en_US", "category": "UTILITY", "parameter_format": "named",
    "components": [
        {"type": "BODY", "text": "*You're all set!*\n\nYour reservation for {{number_of_guests}} at Lucky Shrub Eatery on {{day}}, {{date}}, at {{time}}, is confirmed. See you then!",
         "example": {"body_text_named_params": [
             {"param_name": "number_of_guests", "example": "4"}, {"param_name": "day", "example": "Saturday"},
             {"param_name": "date", "example": "August 30th, 2025"}, {"param_name": "time", "example": "7:30 pm"}]}},
        {"type": "FOOTER", "text": "Lucky Shrub Eatery: The Luckiest Eatery in Town!"},
        {"type": "BUTTONS", "buttons": [{"type": "URL", "text": "Change reservation", "url": "https://www.luckyshrubeater.com/reservations"},
                                        {"type": "PHONE_NUMBER", "text": "Call us", "phone_number": "+15550051310"},
                                        {"type": "QUICK_REPLY", "text": "Cancel Reservation"}]}]})
case("meta_auth_copy_code_lowercase", "Meta copy-code authentication example, all lower case, TTL 60.", {
    "name": "authentication_code_copy_code_button", "language": "en_US", "category": "authentication",
    "message_send_ttl_seconds": 60, "components": [
        {"type": "body", "add_security_recommendation": True},
        {"type": "footer", "code_expiration_minutes": 5},
        {"type": "buttons", "buttons": [{"type": "otp", "otp_type": "copy_code", "text": "Copy Code"}]}]})
case("meta_carousel_rare_succulents", "Meta carousel example with three variables in the message body.", {
    "name": "summer_succulents", "language": "en_US", "category": "marketing", "components": [
        {"type": "body", "text": "Rare succulents for sale! {{1}}, add these unique plants to your collection. Each of these rare succulents are {{2}} if you checkout using code {{3}}. Shop now and add some rare plants to your collection!",
         "example": {"body_text": [["Pablo", "30%", "RARESUCC"]]}},
        {"type": "carousel", "cards": [
            {"components": [
                {"type": "header", "format": "image", "example": {"header_handle": ["4::an..."]}},
                {"type": "body", "text": "Add a touch of elegance to your collection with the beautiful Aloe 'Blue Elf' succulent. Its unique blue-green leaves stand out.",
                 },
                {"type": "buttons", "buttons": [
                    {"type": "quick_reply", "text": "Send more like this"},
                    {"type": "url", "text": "Buy now", "url": "https://www.luckyshrub.com/rare-succulents/{{1}}", "example": ["BLUE_ELF"]}]}]},
            {"components": [
                {"type": "header", "format": "image", "example": {"header_handle": ["4::an..."]}},
                {"type": "body", "text": "Introducing the Echeveria 'Black Prince', a dramatic succulent with deep, dark leaves that add a touch of mystery."},
                {"type": "buttons", "buttons": [
                    {"type": "quick_reply", "text": "Send more like this"},
                    {"type": "url", "text": "Buy now", "url": "https://www.luckyshrub.com/rare-succulents/{{1}}", "example": ["BLACK_PRINCE"]}]}]}]}]})
case("meta_body_only_variable_fails", "A body that is only {{1}} (Meta's categorisation example).",
     {"name": "only_variable", "language": "en_US", "category": "MARKETING",
      "components": [{"type": "BODY", "text": "{{1}}", "example": {"body_text": [["Hello"]]}}]},
     [("variable.at_start", "/components/0/text"), ("variable.at_end", "/components/0/text"),
      ("variable.too_many_for_length", "/components/0/text")])
case("utility_otp_in_body_ending_with_variable_fails", "UTILITY body ending with a code variable.",
     {"name": "login_code", "language": "en_US", "category": "UTILITY",
      "components": [{"type": "BODY", "text": "Hi there, your login code is {{1}}", "example": {"body_text": [["123456"]]}}]},
     [("variable.at_end", "/components/0/text")], warnings=["risk.code_outside_auth"])

# ---------------------------------------------------------------- Meta's OpenAPI / carousel page examples
case("meta_oas_one_tap_url_encoded_hash", "Meta OpenAPI example: one-tap with button-level app fields and a URL-encoded hash.", {
    "category": "AUTHENTICATION", "components": [
        {"add_security_recommendation": True, "type": "BODY"}, {"code_expiration_minutes": 10, "type": "FOOTER"},
        {"buttons": [{"autofill_text": "Autofill", "otp_type": "ONE_TAP", "package_name": "com.example.luckyshrub",
                      "signature_hash": "K8a%2FAINcGX7", "text": "Copy Code", "type": "OTP"}], "type": "BUTTONS"}],
    "language": "en_US", "name": "authentication_code_autofill_button"}, warnings=["auth.legacy_app_fields"])
case("meta_oas_image_header_cta", "Meta OpenAPI example: image header, phone and URL buttons.", {
    "category": "MARKETING", "components": [
        {"example": {"header_handle": ["4::aW1hZ2UvanBn:ARYytyb0kLp5htbBB8vWlclG5M9gMBxiEyt4FNCvrueWBOmFmRAztEuNtPGUnEC22Etc"]}, "format": "IMAGE", "type": "HEADER"},
        {"example": {"body_text": [["Mark", "Tuscan Getaway package", "800"]]},
         "text": "Hi {{1}}! For a limited time only you can get our {{2}} for as low as {{3}}. Tap the Offer Details button for more information.", "type": "BODY"},
        {"text": "Offer valid until May 31, 2023", "type": "FOOTER"},
        {"buttons": [{"phone_number": "16467043595", "text": "Call", "type": "PHONE_NUMBER"},
                     {"example": ["summer2023"], "text": "Shop Now", "type": "URL", "url": "https://damp-sea-63235.herokuapp.com/shop?promo={{1}}"}], "type": "BUTTONS"}],
    "language": "en_US", "name": "limited_time_offer_tuscan_getaway_2023"})
case("meta_carousel_mixed_card_buttons", "Meta carousel example whose second card has a phone button instead of a URL.", {
    "name": "summer_carousel_promo_2023", "language": "en_US", "category": "marketing", "components": [
        {"type": "body", "text": "Summer is here, and we have the freshest produce around! Use code {{1}} to get {{2}} off your next order.",
         "example": {"body_text": [["15OFF", "15%"]]}},
        {"type": "carousel", "cards": [
            {"components": [
                {"type": "header", "format": "image", "example": {"header_handle": ["4::an..."]}},
                {"type": "body", "text": "Rare lemons for unique cocktails. Use code {{1}} to get {{2}} off all produce.",
                 "example": {"body_text": [["15OFF", "15%"]]}},
                {"type": "buttons", "buttons": [
                    {"type": "quick_reply", "text": "Send more like this"},
                    {"type": "url", "text": "Buy now", "url": "https://www.luckyshrub.com/shop?promo={{1}}",
                     "example": ["https://www.luckyshrub.com/shop?promo=exotic_produce_2023"]}]}]},
            {"components": [
                {"type": "header", "format": "image", "example": {"header_handle": ["4::an..."]}},
                {"type": "body", "text": "Exotic fruit for unique cocktails! Use code {{1}} to get {{2}} off all exotic produce.",
                 "example": {"body_text": [["20OFFEXOTIC", "20%"]]}},
                {"type": "buttons", "buttons": [
                    {"type": "quick_reply", "text": "Send more like this"},
                    {"type": "phone_number", "text": "Call us", "phone_number": "15550051310"}]}]}]}]},
     warnings=["carousel.card_button_types_differ"])


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    names = set()
    for name, body in CASES:
        assert name not in names, name
        names.add(name)
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(body, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"{len(CASES)} cases written to {OUT}")


main()

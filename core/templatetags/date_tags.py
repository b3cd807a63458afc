"""`{{ value|local_date }}`, `{{ value|local_time }}`, `{{ value|local_datetime }}`: dates and
times in the one form each language uses across the site (see `core.dates`)."""

from django import template

from core import dates

register = template.Library()

register.filter("local_date", dates.local_date)
register.filter("local_time", dates.local_time)
register.filter("local_datetime", dates.local_datetime)

# Freshness reminders and error reports (the self-service issue, "keeping information current").

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0004_membership"),
    ]

    operations = [
        migrations.AddField(
            model_name="association",
            name="freshness_reminded_at",
            field=models.DateTimeField(blank=True, editable=False, null=True),
        ),
        migrations.AddField(
            model_name="association",
            name="freshness_reminder_level",
            field=models.PositiveSmallIntegerField(default=0, editable=False),
        ),
        migrations.CreateModel(
            name="ErrorReport",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("message", models.TextField(max_length=2000, verbose_name="what is wrong")),
                (
                    "reporter_email",
                    models.EmailField(blank=True, max_length=254, verbose_name="reporter's e-mail"),
                ),
                (
                    "created_at",
                    models.DateTimeField(auto_now_add=True, db_index=True, verbose_name="received"),
                ),
                ("handled", models.BooleanField(default=False, verbose_name="handled")),
                (
                    "email_failed",
                    models.BooleanField(
                        default=False,
                        help_text="The contacts or coordinators could not be e-mailed about this report.",
                        verbose_name="notification failed",
                    ),
                ),
                (
                    "association",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="error_reports",
                        to="directory.association",
                        verbose_name="association",
                    ),
                ),
            ],
            options={
                "verbose_name": "error report",
                "verbose_name_plural": "error reports",
                "ordering": ["-created_at"],
            },
        ),
    ]

package io.github.ismshandbook.isms.render;

import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.model.DocumentStatus;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * {@code reviews.ics}: one all-day event per published, not retired document with a review due date, so owners can subscribe
 * to their reviews. UIDs are stable ({@code <id>@isms-handbook}) so a calendar updates an event instead of adding
 * a new one, and DTSTAMP is derived from {@code today}, not the clock, so the file is deterministic.
 */
final class ReviewCalendar {

    private final SiteModel model;

    ReviewCalendar(SiteModel model) {
        this.model = model;
    }

    void write(SiteOutput out) throws IOException {
        // RFC 5545 lines end in CRLF: written as bytes, not through the LF-normalising text writer
        out.write("reviews.ics", render().getBytes(StandardCharsets.UTF_8));
    }

    String render() throws IOException {
        Instant stamp = model.config.today().atStartOfDay(ZoneOffset.UTC).toInstant();
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//ISMS Handbook//Review calendar//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        for (Document d : model.published) {
            if (d.id() == null || d.frontMatter().status() == DocumentStatus.RETIRED) {
                continue; // a retired document is not reviewed any more
            }
            LocalDate due = model.schedule.dueDate(d.frontMatter()).orElse(null);
            if (due == null) {
                continue;
            }
            DocumentView view = model.view(d);
            VEvent event = new VEvent(false);
            event.add(new Uid(d.id() + "@isms-handbook"));
            event.add(new DtStamp(stamp));
            event.add(new DtStart<>(due));
            event.add(new DtEnd<>(due.plusDays(1)));
            event.add(new Summary("Review due: " + view.title() + " (" + d.id() + ")"));
            event.add(new Description("Owner: " + (view.owner() == null ? "none" : view.owner())
                    + "\nVersion: " + view.version() + "\nDocument: " + d.path()));
            calendar.add(event);
        }
        StringWriter text = new StringWriter();
        try {
            // an empty calendar is valid iCalendar for readers, but not for ical4j's validator
            new CalendarOutputter(calendar.getComponents().size() > 0).output(calendar, text);
        } catch (ValidationException e) {
            throw new IOException("The review calendar is not valid iCalendar: " + e.getMessage(), e);
        }
        return text.toString();
    }
}

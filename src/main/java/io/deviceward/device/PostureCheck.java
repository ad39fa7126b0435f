package io.deviceward.device;

import io.deviceward.shared.validation.PlainText;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;

/** One posture checklist item: yes / no / unknown, when it was last checked, and a note. */
@Embeddable
public class PostureCheck {
    @NotNull(message = "Choose yes, no or unknown")
    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Answer state = Answer.UNKNOWN;

    private LocalDate checkedOn;

    @Size(max = 500, message = "At most 500 characters")
    @Column(length = 500)
    @PlainText
    private String note;

    public PostureCheck() {}

    public PostureCheck(Answer state, LocalDate checkedOn, String note) {
        this.state = state;
        this.checkedOn = checkedOn;
        this.note = note;
    }

    public PostureCheck copy() {
        return new PostureCheck(state, checkedOn, note);
    }

    public Answer getState() {
        return state;
    }

    public void setState(Answer state) {
        this.state = state;
    }

    public LocalDate getCheckedOn() {
        return checkedOn;
    }

    public void setCheckedOn(LocalDate checkedOn) {
        this.checkedOn = checkedOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PostureCheck that
                && state == that.state
                && Objects.equals(checkedOn, that.checkedOn)
                && Objects.equals(note, that.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(state, checkedOn, note);
    }

    @Override
    public String toString() {
        return state + (checkedOn == null ? "" : " checked " + checkedOn) + (note == null ? "" : " (" + note + ")");
    }
}

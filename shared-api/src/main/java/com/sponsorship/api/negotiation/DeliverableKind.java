package com.sponsorship.api.negotiation;

import com.sponsorship.api.common.Labeled;
import java.util.Arrays;

/** What a deliverable is; pages show the label, the API and stored events the Java name. */
public enum DeliverableKind implements Labeled {
    INSTAGRAM_POST("Instagram post"),
    INSTAGRAM_STORY("Instagram story"),
    INSTAGRAM_REEL("Instagram reel"),
    TIKTOK_VIDEO("TikTok video"),
    YOUTUBE_VIDEO("YouTube video"),
    YOUTUBE_SHORT("YouTube Short"),
    BLOG_POST("Blog post"),
    OTHER("Other");

    private final String label;

    DeliverableKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** By Java name (any case); unknown or blank reads as missing, so validation reports it with the other fields. */
    public static DeliverableKind of(String name) {
        if (name == null) {
            return null;
        }
        String wanted = name.trim();
        return Arrays.stream(values()).filter(kind -> kind.name().equalsIgnoreCase(wanted)).findFirst().orElse(null);
    }
}

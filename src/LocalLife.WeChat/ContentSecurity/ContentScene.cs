namespace LocalLife.WeChat.ContentSecurity;

/// <summary>The <c>scene</c> of msg_sec_check version 2; WeChat tunes its model per scene.</summary>
public enum ContentScene
{
    Profile = 1,
    Comment = 2,
    Forum = 3,
    SocialLog = 4,
}

using System.Security.Cryptography;
using System.Text;
using LocalLife.WeChat.Pay;
using LocalLife.WeChat.Tests.Infrastructure;

namespace LocalLife.WeChat.Tests.Pay;

/// <summary>Fixed vectors written out by hand, so a change in the sign strings cannot pass unnoticed.</summary>
public sealed class SignatureFormatTests
{
    private const string Body = "{\"appid\":\"wxd678efh567hg6787\",\"mchid\":\"1230000109\"}";

    [Fact]
    public void Request_sign_string_is_five_lines_each_ending_in_a_newline()
    {
        var message = WeChatPaySignature.RequestMessage(
            "POST", "/v3/pay/transactions/jsapi?x=1", 1554208460, "593BEC0C930BF1AFEB40B4A08C8FB242", Body);

        var expected = "POST" + (char)10 + "/v3/pay/transactions/jsapi?x=1" + (char)10 + "1554208460" + (char)10
            + "593BEC0C930BF1AFEB40B4A08C8FB242" + (char)10 + Body + (char)10;
        Encoding.UTF8.GetBytes(message).ShouldBe(Encoding.UTF8.GetBytes(expected));
    }

    [Fact]
    public void A_get_request_signs_an_empty_body_line()
    {
        WeChatPaySignature.RequestMessage("GET", "/v3/certificates", 1554208460, "N", "")
            .ShouldBe("GET\n/v3/certificates\n1554208460\nN\n\n");
    }

    [Fact]
    public void Answer_and_requestPayment_sign_strings_match_the_spec()
    {
        WeChatPaySignature.ResponseMessage("1554209980", "c5ac7061fccab6bf3e254dcf98995b8c", "{}")
            .ShouldBe("1554209980\nc5ac7061fccab6bf3e254dcf98995b8c\n{}\n");
        WeChatPaySignature.RequestPaymentMessage("wx8888888888888888", "1414561699", "5K8264ILTKCH16CQ2502SI8ZNMTM67VS",
                "prepay_id=wx201410272009395522657a690389285100")
            .ShouldBe("wx8888888888888888\n1414561699\n5K8264ILTKCH16CQ2502SI8ZNMTM67VS\nprepay_id=wx201410272009395522657a690389285100\n");
    }

    [Fact]
    public void Signature_equals_an_independent_PKCS1_SHA256_signature_and_verifies()
    {
        var message = WeChatPaySignature.RequestMessage("POST", "/v3/refund/domestic/refunds", 1700000000, "ABC", Body);
        // PKCS#1 v1.5 is deterministic, so the same key and bytes must give the same signature.
        var independent = Convert.ToBase64String(TestKeys.Merchant.SignData(
            Encoding.UTF8.GetBytes($"POST\n/v3/refund/domestic/refunds\n1700000000\nABC\n{Body}\n"),
            HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));

        var signature = WeChatPaySignature.Sign(TestKeys.Merchant, message);

        signature.ShouldBe(independent);
        WeChatPaySignature.Verify(TestKeys.Merchant, message, signature).ShouldBeTrue();
        WeChatPaySignature.Verify(TestKeys.Merchant, message.Replace("1700000000", "1700000001"), signature).ShouldBeFalse();
        WeChatPaySignature.Verify(TestKeys.Stranger, message, signature).ShouldBeFalse();
        WeChatPaySignature.Verify(TestKeys.Merchant, message, "not base64!").ShouldBeFalse();
    }

    [Fact]
    public void Authorization_header_is_written_and_read_exactly()
    {
        var auth = new WeChatPayAuthorization("1900009191", "593BEC0C930BF1AFEB40B4A08C8FB242", "uOVRnA4qG/MNnYzdQxJanN+zU+lTgIcnU9BxGw5dKjK+VdEUz2FeIoC+D5sB/LN+nGzX3hfZg6r5wT1pl2ZobmIc6p0ldN7J6yDgUzbX8Uk3sD4a4eZVPTBvqNDoUqcYMlZ9uuDdCvNv4TM3c1WzsXUrExwVkI1XO5jCNbgDJ25nkT/c1gIFvqoogl7MdSFGc4W4xZsqCItnqbypR3RuGIlR9h9vlRsy7zJR9PBI83X8alLDIfR1ukt1P7tMnmogZ0cuDY8cZsd8ZlCgLadmvej58SLsIkVxFJ8XmUgx9FCj2i9zP0D5/Fh+/PQ2AbDtP9IsqQ+9Oo6E3XGbO0OYdA==", 1554208460, "1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C");

        auth.ToString().ShouldBe("WECHATPAY2-SHA256-RSA2048 mchid=\"1900009191\",nonce_str=\"593BEC0C930BF1AFEB40B4A08C8FB242\","
            + $"signature=\"{auth.Signature}\",timestamp=\"1554208460\",serial_no=\"1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C\"");
        WeChatPayAuthorization.TryParse(auth.ToString(), out var parsed).ShouldBeTrue();
        parsed.ShouldBe(auth);
        WeChatPayAuthorization.TryParse("Bearer x", out _).ShouldBeFalse();
        WeChatPayAuthorization.TryParse(auth.ToString().Replace(",serial_no", ",serial"), out _).ShouldBeFalse();
    }

    [Fact]
    public void Partner_prepay_body_uses_WeChat_field_names()
    {
        var request = new JsapiPrepayRequest
        {
            SpAppId = "wxsp", SpMchId = "1900000100", SubMchId = "1900000109", Description = "茶室 2h",
            OutTradeNo = "T1", NotifyUrl = "https://h/n", Amount = new WeChatPayOrderAmount { Total = 100 },
            Payer = new WeChatPayPayer { SpOpenId = "osp" },
        };

        WeChatJson.Serialize(request).ShouldBe(
            "{\"sp_appid\":\"wxsp\",\"sp_mchid\":\"1900000100\",\"sub_mchid\":\"1900000109\",\"description\":\"茶室 2h\","
            + "\"out_trade_no\":\"T1\",\"notify_url\":\"https://h/n\",\"amount\":{\"total\":100,\"currency\":\"CNY\"},"
            + "\"payer\":{\"sp_openid\":\"osp\"}}");
    }
}

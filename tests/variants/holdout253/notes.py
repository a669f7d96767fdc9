"""One-year project tables of legal aid, community correction, mediation, legal publicity and
legal-service platforms with notes around the indicators: a 说明 row under the header, the header
repeated after a page break (with 续表, with the tier-1 written again), numbered tier labels, an
operator column with words, footnotes and signature lines under the table (rc07–rc12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout253.common import (
    ONE,
    OPS,
    book,
    more,
    note,
    one_year_money,
    page_break,
    sign,
    tiered,
    wan,
)
from tests.variants.holdout253.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant("rc07-legal-aid-numbered-tiers", (1, 4, 5), "one-year project, NAT-2021 with numbered "
         "tier labels, a 说明 row under the header, the header repeated after a page break, "
         "100% stored as 1, a recovered-loss amount far above the budget, a footnote "
         "(correct)")  # fmt: skip
def rc07() -> Book:
    b, s = book("项目绩效目标")
    project_head(
        s, year=2026, name="法律援助案件补贴项目", dept="澄溪县司法局（306）",
        unit="澄溪县法律援助中心", money=one_year_money(wan(220), wan(200), wan(20)),
        goals=["2026年办理法律援助案件1000件以上，值班律师提供法律帮助3000人次以上，案件质量评查"
               "合格率达到95%以上，受援人满意度达到92%以上。"],
    )  # fmt: skip
    s.row(*ONE)
    note(s, "说明：一级、二级指标按模板填写，不得修改；三级指标可根据项目实际增减。", 4)
    more(s, [
        ("一、产出指标", "（一）数量指标", "办理法律援助案件数量", "≥1000件"),
        (None, None, "值班律师提供法律帮助人次", "≥3000人次"),
        (None, "（二）质量指标", "法律援助案件质量评查合格率", "≥95%"),
        (None, "（三）时效指标", "法律援助申请审查决定时限", "≤7个工作日"),
        ("二、成本指标", "（一）经济成本指标", "民事法律援助案件平均办案补贴", "≤1500元/件"),
    ])  # fmt: skip
    page_break(s, ONE)
    more(s, [
        ("三、效益指标", "（一）社会效益指标", "为受援人挽回经济损失", "≥3000万元"),
        (None, None, "农民工欠薪案件法律援助覆盖率", pct(1)),
        (None, "（二）可持续影响指标", "法律援助便民服务机制", "健全"),
        ("四、满意度指标", "（一）服务对象满意度指标", "受援人满意度", "≥92%"),
    ])  # fmt: skip
    note(s, "注：1.案件数量以法律援助管理系统结案统计为准；2.挽回经济损失为受援人通过判决、调解"
            "获得的金额。", 4)  # fmt: skip
    sign(s, "郝静怡", "钟远帆", "0738-6215433")
    return b


@variant("rc08-correction-footnotes", (4, 6), "one-year project, NAT-2021 with footnotes under "
         "the table: a 生态效益指标 row left empty, a 完成时间 in the next year")  # fmt: skip
def rc08() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="社区矫正教育帮扶项目", dept="檀溪县司法局（221）",
        unit="檀溪县社区矫正管理局", money=one_year_money(wan(86), wan(86), wan(0)),
        goals=["2026年对在册社区矫正对象开展教育帮扶2000人次以上，组织集中教育学习48期，社区矫正"
               "对象再犯罪率控制在0.2%以下，完成全部在册对象信息核查。"],
    )  # fmt: skip
    tiered(s, ONE, [
        ("产出指标", "数量指标", "社区矫正对象教育帮扶人次", "≥2000人次"),
        (None, None, "集中教育学习期数", "≥48期"),
        (None, "质量指标", "社区矫正对象入矫宣告率", "100%"),
        (None, "时效指标", "在册社区矫正对象信息核查完成时间",
         mk("2027年3月31日前", "Y102", "error", note="a one-year 2026 project")),
        ("成本指标", "经济成本指标", "集中教育学习每期成本", "≤6000元/期"),
        ("效益指标", "社会效益指标", "社区矫正对象再犯罪率", "≤0.2%"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note="template row left empty"),
         None, None),
        (None, "可持续影响指标", "社区矫正教育帮扶长效机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "社区矫正对象及家属满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：1.再犯罪率=再犯罪人数÷在册社区矫正对象人数；2.信息核查以社区矫正一体化平台数据"
            "为准。", 4)  # fmt: skip
    sign(s, "龚晨曦", "莫瀚文", "0734-5126078")
    return b


@variant("rc09-mediation-two-breaks", (4, 5), "one-year project, OLD-NAT (成本 under 产出), the "
         "header repeated twice under 续表 with the tier-1 written again, =0件 on a harm count "
         "(correct)")  # fmt: skip
def rc09() -> Book:
    b, s = book("人民调解")
    project_head(
        s, year=2026, name="人民调解以案定补项目", dept="白鹭洲区司法局（507）",
        unit="白鹭洲区人民调解委员会", money=one_year_money(wan(95), wan(90), wan(5)),
        goals=["2026年全区人民调解组织调解矛盾纠纷4000件以上，调解成功率达到96%以上，对个案调解"
               "实行以案定补，培训人民调解员600人次。"],
    )  # fmt: skip
    tiered(s, ONE, [
        ("产出指标", "数量指标", "人民调解案件数量", "≥4000件"),
        (None, None, "人民调解员培训人次", "≥600人次"),
        (None, "质量指标", "人民调解成功率", "≥96%"),
        (None, None, "调解卷宗规范率", "≥90%"),
    ])  # fmt: skip
    page_break(s, ONE, "续表")
    more(s, [
        ("产出指标", "时效指标", "以案定补资金拨付时间", "2026年12月15日前"),
        (None, "成本指标", "个案调解补贴标准", "≤200元/件"),
    ])  # fmt: skip
    page_break(s, ONE, "续表")
    more(s, [
        ("效益指标", "社会效益指标", "矛盾纠纷“民转刑”案件发生数", "=0件"),
        (None, None, "调解协议履行率", "≥98%"),
        (None, "可持续影响指标", "人民调解“以案定补”工作机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "纠纷当事人满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "孔令仪", "温德生", "0791-8634275")
    return b


@variant("rc10-platform-break-wrong-parent", (4, 5, 13), "one-year project, NAT-2021, the "
         "header repeated after a page break: the tier-1 restated there as 效益指标 over a "
         "时效指标, a 培训人次 with no value")  # fmt: skip
def rc10() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="公共法律服务平台建设项目", dept="清漪县司法局（119）",
        unit="清漪县公共法律服务中心", money=one_year_money(wan(132), wan(120), wan(12)),
        goals=["2026年完成县公共法律服务中心智能化改造，建成乡镇公共法律服务站14个，12348热线接通"
               "率达到95%以上，群众满意度达到90%以上。"],
    )  # fmt: skip
    tiered(s, ONE, [
        ("产出指标", "数量指标", "乡镇公共法律服务站建设数量", "≥14个"),
        (None, None, "公共法律服务中心智能终端配置数量", "≥20台"),
        (None, None, "人民调解员及法律服务志愿者培训人次",
         mk(None, "T101", "error", row=True, note="the value left empty")),
        (None, "质量指标", "智能化改造项目验收合格率", "100%"),
        ("成本指标", "经济成本指标", "乡镇公共法律服务站单站建设成本", "≤4.5万元/个"),
    ])  # fmt: skip
    page_break(s, ONE)
    more(s, [
        ("效益指标", mk("时效指标", "F105", "error", row=True, note="时效指标 belongs to 产出指标"),
         "智能化改造完成时间", "2026年10月31日前"),
        (None, "社会效益指标", "12348热线接通率", "≥95%"),
        (None, "可持续影响指标", "公共法律服务平台运行维护机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "骆嘉禾", "池永康", "0597-3318426")
    return b


@variant("rc11-publicity-operator-column", (1, 4), "one-year project, NAT-2021, 比较符 │ 指标值 "
         "│ 计量单位 columns: 95% stored as 0.95 beside ≥, a date cell beside ≤, = 0 起, 定性 "
         "in the operator column, a footnote on how to fill it (correct)")  # fmt: skip
def rc11() -> Book:
    b, s = book("法治宣传教育", (14, 16, 30, 10, 16, 12))
    project_head(
        s, year=2026, name="法治宣传教育项目", dept="鹤汀市司法局（102）",
        unit="鹤汀市普法办公室", money=one_year_money(wan(60), wan(60), wan(0)),
        goals=["2026年开展“法律进乡村、进社区、进企业”普法活动200场，印制发放普法宣传品5万份，"
               "群众法治宣传教育知晓率达到95%以上。"],
    )  # fmt: skip
    tiered(s, OPS, [
        ("产出指标", "数量指标", "普法宣传活动场次", "≥", 200, "场"),
        (None, None, "普法宣传品印制发放数量", "≥", 5, "万份"),
        (None, "质量指标", "普法讲师团授课评估合格率", "≥", pct(0.95), "%"),
        (None, "时效指标", "年度普法责任清单公布时间", "≤", day(2026, 3, 31, CN_DATE), None),
        ("成本指标", "经济成本指标", "普法宣传品印制单价", "≤", 8, "元/份"),
        ("效益指标", "社会效益指标", "群众法治宣传教育知晓率", "≥", pct(0.95), "%"),
        (None, None, "因普法不到位引发的群体性涉法事件", "=", 0, "起"),
        (None, "可持续影响指标", "“谁执法谁普法”责任制落实", "定性", "有效", None),
        ("满意度指标", "服务对象满意度指标", "普法活动参与群众满意度", "≥", 90, "%"),
    ])  # fmt: skip
    note(s, "注：比较符列填写≥、≤、=或“定性”；计量单位为“%”的，指标值填写百分数。", 6)
    sign(s, "甘若溪", "邵立群", "0719-8257346")
    return b


@variant("rc12-mediation-instruction-row", (4, 13), "one-year project, NAT-2021 with a 填表说明 "
         "row under the header: a value with no name, XX left in the goal, a case count below "
         "the goal's")  # fmt: skip
def rc12() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="矛盾纠纷多元化解项目", dept="北淮区司法局（308）",
        unit="北淮区人民调解中心", money=one_year_money(wan(110), wan(100), wan(10)),
        goals=[mk("2026年全区各级人民调解组织调解矛盾纠纷3000件以上，开展“法律明白人”培训XX场，"
                  "调解成功率达到95%以上。", "X101", "error", note="XX left for the count")],
    )  # fmt: skip
    s.row(*ONE)
    note(s, "填表说明：每个二级指标下至少填写一个三级指标，指标值应包含比较符、数值和单位。", 4)
    more(s, [
        ("产出指标", "数量指标", "人民调解案件受理数量",
         mk("≥2000件", "D104", "warning", row=True, note="the goal says 3000件以上")),
        (None, None, "“法律明白人”培训场次", "≥24场"),
        (None, "质量指标", "人民调解成功率", "≥95%"),
        (None, None, mk(None, "F110", "error", row=True, note="a value with no name"), "≥90%"),
        (None, "时效指标", "一般矛盾纠纷调解办结时限", "≤30日"),
        ("成本指标", "经济成本指标", "个案调解补贴标准", "≤150元/件"),
        ("效益指标", "社会效益指标", "调解协议自动履行率", "≥95%"),
        (None, "可持续影响指标", "矛盾纠纷多元化解工作机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "纠纷当事人满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：调解案件数量以人民调解信息系统统计为准。", 4)
    sign(s, "葛晓彤", "麦俊峰", "0551-6748203")
    return b

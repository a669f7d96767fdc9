"""Returns of the 142th held-out corpus with planted mistakes (1): points, tiers, duplicates,
money."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout142.common import footer, indicators, one_year_money, w
from tests.variants.holdout142.registry import variant
from tests.variants.kit import Book, mk, pct

FIRST_TRAINEES = mk("培训人数", "D102", "error", row=True, required=False, alt=("D103", "D101"))
OP6 = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


@variant("mv09-points-95", (10,), "project, NAT-2021, inline operators, 分值 adding to 95")
def mv09() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 16, 10, 16))
    project_head(
        s, year=2027, name="社区居家养老服务补贴", dept="青岚市民政局",
        unit="青岚市养老服务指导中心",
        money=one_year_money(w(432), w(400), w(32)), attr="常年项目",
        goals=["为全市1800名经济困难失能、高龄老人提供居家养老服务补贴，每人每月200元。"],
    )  # fmt: skip
    indicators(s, [("一级指标", "二级指标", "三级指标", "指标值", "分值", "指标解释")], [
        ("产出指标", "数量指标", "享受补贴老人数", "≥1800人", 10, "按月动态核定"),
        (None, None, "上门服务人次", "≥43000人次", 10, None),
        (None, "质量指标", "服务工单回访率", "≥95%", 10, None),
        (None, None, "补贴对象审核准确率", "=100%", 5, None),
        (None, "时效指标", "补贴按月发放及时率", "≥98%", 10, None),
        ("成本指标", "经济成本指标", "人均每月补贴标准", "≤200元/人·月", 10, None),
        ("效益指标", "社会效益指标", "失能老人居家照护覆盖率", "≥60%", 10, None),
        (None, None, "养老服务投诉率", "≤2%", 10, None),
        (None, "可持续影响指标", "居家养老服务监管机制", "健全", 10, None),
        ("满意度指标", "服务对象满意度指标", "受助老人及家属满意度", "≥90%", 10, None),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="分值合计 95，应为 100（审核准确率只给了 5 分）")
    footer(s, "孟丽华", "0739-8815033", "2026年10月16日")
    return b


@variant("mv10-satisfaction-under-benefit", (5, 1), "project, NAT-2021, operator column: "
         "满意度 tier-2 under 效益指标, a 及时率 of 105%")  # fmt: skip
def mv10() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 18, 30, 10, 14, 12))
    project_head(
        s, year=2027, name="12345政务服务便民热线运行", dept="澄川市政务服务数据管理局",
        unit="澄川市12345热线中心", money=one_year_money(w(385), w(385), w(0)), attr="常年项目",
        goals=["保障12345热线7×24小时运行，全年受理群众诉求不少于45万件，按时办结率95%以上。"],
    )  # fmt: skip
    indicators(s, [OP6], [
        ("产出指标", "数量指标", "受理群众诉求件数", "≥", 45, "万件"),
        (None, None, "坐席数量", "≥", 60, "个"),
        (None, "质量指标", "工单按时办结率", "≥", pct(0.95), "%"),
        (None, None, "话务接通率", "≥", pct(0.9), "%"),
        (None, "时效指标", "紧急诉求转办及时率", "≥", mk(pct(1.05), "T106", "error"), "%"),
        (None, None, "一般诉求转办时限", "≤", 2, "小时"),
        ("成本指标", "经济成本指标", "单件诉求处理成本", "≤", 8.5, "元/件"),
        ("效益指标", "社会效益指标", "诉求重复来电率", "≤", pct(0.08), "%"),
        (None, "可持续影响指标", "热线知识库更新", "定性", "按月更新", None),
        (None, mk("服务对象满意度指标", "F105", "error"), "来电群众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    b.file_mark("F106", "error", required=False, note="满意度指标 tier-1 missing as a result")
    footer(s, "华晓东", "0736-5512345", "2026年10月8日")
    return b


@variant("mv11-no-cost-tier", (5,), "project, NAT-2021 form (instruction row asks for 成本), "
         "no 成本指标 at all")  # fmt: skip
def mv11() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 18, 30, 18, 14, 12))
    project_head(
        s, year=2027, name="中小学校园食堂明厨亮灶改造", dept="石埠区教育局",
        unit="石埠区教育后勤服务中心", money=one_year_money(w(126), w(120), w(6)),
        attr="一次性项目",
        goals=["完成全区42所中小学食堂明厨亮灶改造，视频接入区级监管平台。"],
    )  # fmt: skip
    s.row("填表说明：一级指标按产出、成本、效益、满意度四类填写，每类至少设一项三级指标。",
          merge=[(1, 6)])  # fmt: skip
    indicators(s, [("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")], [
        ("产出指标", "数量指标", "改造学校食堂数量", "≥42", "所", None),
        (None, None, "安装高清摄像头数量", "≥250", "个", None),
        (None, "质量指标", "改造验收合格率", "100%", "%", None),
        (None, None, "视频接入平台率", "100%", "%", None),
        (None, "时效指标", "改造完成时间", "2027年8月31日前", None, "暑假期间施工"),
        ("效益指标", "社会效益指标", "校园食品安全事故发生数", "0", "起", None),
        (None, None, "食堂违规操作发现处置率", "≥95%", "%", None),
        (None, "可持续影响指标", "食堂视频巡查制度", "健全", None, None),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", "%", None),
        (None, None, "师生满意度", "≥90%", "%", None),
    ])  # fmt: skip
    b.file_mark("F106", "error", note="NAT-2021 form: no 成本指标 at all")
    footer(s, "严志刚", "0731-8878220", "2026年9月25日")
    return b


@variant("mv12-trainees-twice", (3, 10), "project, OLD-NAT, unit column, 权重 adding to 105, "
         "培训人数 / 参训人数 one indicator twice")  # fmt: skip
def mv12() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 28, 14, 12, 8))
    project_head(
        s, year=2027, name="基层农技人员知识更新培训", dept="枫岭县农业农村局",
        unit="枫岭县农业技术推广中心", money=one_year_money(w(64), w(60), w(4)),
        goals=["分4期培训基层农技人员800人次，推广主推技术12项。"],
    )  # fmt: skip
    indicators(s, [("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "权重")], [
        ("产出指标", "数量指标", FIRST_TRAINEES, "≥800", "人", 10),
        (None, None, "培训期数", "≥4", "期", 10),
        (None, None, "推广主推技术", "≥12", "项", 10),
        (None, None, mk("参训人数", "D102", "error", row=True, alt=("D103", "D101")),
         "≥750", "人", 10),
        (None, "质量指标", "培训考核合格率", "≥90%", "%", 10),
        (None, "时效指标", "培训按计划完成率", "100%", "%", 10),
        (None, "成本指标", "人均培训费用", "≤800", "元/人", 10),
        ("效益指标", "经济效益指标", "主推技术到位率", "≥90%", "%", 10),
        (None, "可持续影响指标", "农技人员知识更新机制", "健全", None, 15),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", "%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重合计 105")
    footer(s, "龙雪梅", "0745-3340715", "2026年10月22日")
    return b


@variant("mv13-swapped-digits", (12,), "project, NAT-2021, one money column: total 1254 against "
         "1200 + 45")  # fmt: skip
def mv13() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 16, 14, 12))
    project_head(
        s, year=2027, name="老旧小区雨污分流改造", dept="青岚市住房和城乡建设局",
        unit="青岚市城市更新服务中心", attr="一次性项目",
        money=[
            ["资金总额", mk(w(1254), "B101", "error"), "其中：财政拨款", w(1200)],
            ["其他资金", w(45), None, None],
        ],
        goals=["完成16个老旧小区雨污分流改造，新建污水管道23公里，消除小区内涝点。"],
    )  # fmt: skip
    indicators(s, [OP6], [
        ("产出指标", "数量指标", "改造小区数量", "≥", 16, "个"),
        (None, None, "新建污水管道长度", "≥", 23, "公里"),
        (None, "质量指标", "工程验收合格率", "=", pct(1), "%"),
        (None, "时效指标", "改造完工时间", "≤", "2027年11月30日", None),
        ("成本指标", "经济成本指标", "每公里管道综合造价", "≤", 52, "万元/公里"),
        ("效益指标", "社会效益指标", "小区内涝点消除率", "≥", pct(0.9), "%"),
        (None, None, "施工扰民投诉率", "≤", pct(0.03), "%"),
        (None, "生态效益指标", "污水收集率提高", "≥", 5, "百分点"),
        (None, "可持续影响指标", "改造后管网移交管护", "定性", "全部移交", None),
        ("满意度指标", "服务对象满意度指标", "小区居民满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    footer(s, "谭卫东", "0739-8856301", "2026年10月30日")
    return b

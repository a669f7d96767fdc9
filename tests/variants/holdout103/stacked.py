"""Project returns with stacked projects, a weight column and a unit column."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout103.common import footer, indicators
from tests.variants.holdout103.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct

H4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("li07-stacked-street", (2,), "two projects of one 街道 stacked, OLD-NAT, one value column")
def li07() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2025, name="南屏街道社区文化活动经费", dept="南屏街道办事处（530）",
        unit="南屏街道综合文化站", attr="常年项目",
        money=[("年度资金总额", money(48, WAN), "其中：财政拨款", money(48, WAN)),
               ("其他资金", money(0, WAN), None, None)],
        goals=["全年举办社区文化活动36场、文艺培训班12期，居民参与9000人次以上。"],
    )  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "社区文化活动场次", "≥36场"),
        (None, None, "文艺培训班期数", "≥12期"),
        (None, "质量指标", "活动方案审核通过率", pct(1)),
        (None, "时效指标", "活动按计划开展率", "≥95%"),
        (None, "成本指标", "单场活动平均成本", "≤8000元/场"),
        ("效益指标", "社会效益指标", "居民参与人次", "≥9000人次"),
        (None, "可持续影响指标", "社区文艺队伍", "≥10支"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥92%"),
    ])  # fmt: skip
    s.skip(2)
    s.title("2025年度项目支出绩效目标申报表", 6)
    project_head(
        s, year=2025, name="南屏街道全民健身设施更新", dept="南屏街道办事处（530）",
        unit="南屏街道公共服务办公室", attr="一次性项目", title="",
        money=[("年度资金总额", money(36, WAN), "其中：财政拨款", money(30, WAN)),
               ("其他资金", money(6, WAN), None, None)],
        goals=["更新辖区老旧健身路径15处，9月底前完成安装验收，设施完好率保持在95%以上。"],
    )  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "更新健身路径", "≥15处"),
        (None, "质量指标", "设施安装验收合格率", pct(1)),
        (None, "时效指标", "安装验收完成时间", "2025年9月30日前"),
        (None, "成本指标", "单处健身路径更新成本", "≤2.4万元/处"),
        ("效益指标", "社会效益指标", "居民健身便利程度", "明显提升"),
        (None, "可持续影响指标", "健身设施完好率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "健身居民满意度", "≥90%"),
    ])  # fmt: skip
    footer(s, "南屏街道办事处", "黎晓彤", "0758-2290614", "2024年11月29日")
    return b


H_W = ("一级指标", "二级指标", "三级指标", "指标值", "权重")


@variant("li08-campus-video", (10, 9), "project, NAT-2021, a 权重 column adding to 90 under a "
         "合计 of 100, an amount pasted twice")  # fmt: skip
def li08() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2025, name="松岗区中小学校园视频监控系统升级", dept="松岗区教育局（308）",
        unit="松岗区教育装备中心", attr="一次性项目",
        money=[("年度资金总额", money(250, WAN), "其中：财政拨款", money(220, WAN)),
               ("其他资金", mk("30万元30万元", "X106", "error", alt=("B108",),
                               note="the amount pasted twice"), None, None)],
        goals=["完成42所中小学校园视频监控系统升级，新增高清摄像点位1260个，重点部位监控覆盖率100%。"],
    )  # fmt: skip
    b.file_mark("B101", "error", required=False, note="may follow from the unreadable 其他资金")
    indicators(s, H_W, [
        ("成本指标", "经济成本指标", "单个摄像点位综合造价", "≤1800元/个", 10),
        ("产出指标", "数量指标", "升级学校数量", "≥42所", 10),
        (None, None, "新增高清摄像点位", "≥1260个", 10),
        (None, "质量指标", "重点部位监控覆盖率", pct(1), 10),
        (None, "时效指标", "系统升级完成时间", "2025年8月31日前", 10),
        ("效益指标", "社会效益指标", "校园安全事件处置效率", "明显提升", 15),
        (None, "可持续影响指标", "监控设备运维机制", "建立并执行", 15),
        ("满意度指标", "服务对象满意度指标", "师生家长满意度", "≥90%", 10),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="the weights add up to 90, the 合计 row says 100")
    footer(s, "松岗区教育装备中心", "宋立群", "0755-2864093", "2024年12月3日")
    return b


H_U = ("一级指标", "二级指标", "三级指标", "指标值", "计量单位")


@variant("li09-fraud-awareness", (11,), "project, NAT-2021, unit column: a goal number against "
         "the indicator, an indicator pasted twice")  # fmt: skip
def li09() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2025, name="西陵区全民反诈宣传专项经费", dept="西陵区公安分局（141）",
        unit="西陵区公安分局反诈中心", attr="延续项目",
        money=[("年度资金总额", money(65, WAN), "其中：财政拨款", money(65, WAN)),
               ("其他资金", money(0, WAN), None, None)],
        goals=["2025年举办反诈宣传进社区活动120场，发放宣传资料5万份，群众反诈知晓率达到90%以上。"],
    )  # fmt: skip
    b.file_mark("D104", "warning", note="the goal says 120场, the indicator ≥100场")
    indicators(s, H_U, [
        ("成本指标", "经济成本指标", "单场宣传活动成本", "≤3000", "元/场"),
        ("产出指标", "数量指标", "反诈宣传进社区活动", "≥100", "场"),
        (None, None, "宣传资料发放", "≥5", "万份"),
        (None, None, "反诈短视频制作", "≥24", "部"),
        (None, None, mk("宣传资料发放", "D101", "warning", row=True, alt=("D103", "D102"),
                        note="the row pasted twice"), "≥5", "万份"),
        (None, "质量指标", "宣传内容审核通过率", pct(1), "%"),
        (None, "时效指标", "预警信息劝阻响应时间", "≤2", "小时"),
        ("效益指标", "社会效益指标", "群众反诈知晓率", "≥90%", "%"),
        (None, None, "电信网络诈骗案件发案数", "同比下降", None),
        (None, "可持续影响指标", "反诈宣传志愿者队伍", "≥300", "人"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "%"),
    ])  # fmt: skip
    footer(s, "西陵区公安分局", "韩卓", "0717-6248115", "2024年11月20日")
    return b

"""Multi-year project tables with 中期 and 年度 columns and a plan by year, and two projects
stacked in one sheet (pa13–pa16, pa18)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout199.common import (
    ONE,
    SHARE,
    TWO,
    book,
    indicators,
    period_money,
    plan,
    sign,
    wan,
)
from tests.variants.holdout199.registry import variant
from tests.variants.kit import Book, mk, money, ok, pct


@variant("pa13-plan-by-year-exact", (8, 12), "three-year project, NAT-2021, 中期 and 年度 "
         "columns, 分年度资金安排 160.35 + 175.40 + 144.25 = 480.00 = 中期资金总额, the "
         "2026 share equal to the 年度 column (correct)")  # fmt: skip
def pa13() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=3, name="智慧水务监测平台建设项目", dept="青岚市水务局（260）",
        unit="青岚市供排水监测中心", attr="新增项目",
        money=period_money((wan(480), wan(420), wan(60)), (wan(160.35), wan(140.35), wan(20))),
        goals=["2026年至2028年安装智能远传水表3000块、建设管网压力监测点120个，供水管网漏损率"
               "降至9%以内。",
               "2026年安装智能远传水表1000块、建设管网压力监测点40个，漏损率控制在10%以内。"],
    )  # fmt: skip
    plan(s, [("2026年", wan(160.35)), ("2027年", wan(175.4)), ("2028年", wan(144.25))],
         wan(480))  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "安装智能远传水表数", "≥3000块", "≥1000块"),
        (None, None, "建设管网压力监测点数", "≥120个", "≥40个"),
        (None, "质量指标", "监测数据上传完整率", "≥98%", "≥98%"),
        (None, "时效指标", "监测数据上传时间间隔", "≤15分钟", "≤15分钟"),
        ("成本指标", "经济成本指标", "智能远传水表单价", "≤300元/块", "≤300元/块"),
        (None, None, "压力监测点单点建设费用", "≤0.8万元/个", "≤0.8万元/个"),
        ("效益指标", "经济效益指标", "供水管网漏损率", "≤9%", "≤10%"),
        (None, "社会效益指标", "用户停水投诉量下降率", "≥20%", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "用水户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("pa14-plan-by-year-off", (8, 12), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: 分年度资金安排 300 + 320 + 260 = 880 against its 合计 and the 中期资金总额 "
         "900")  # fmt: skip
def pa14() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=3, name="农村生活污水治理项目", dept="临溪县生态环境分局（403）",
        unit="临溪县农村环境整治服务站",
        money=period_money(
            (ok(wan(900), "error", note="the whole the plan by year falls short of"), wan(780),
             wan(120)),
            (wan(300), wan(260), wan(40))),
        goals=["2026年至2028年完成45个行政村生活污水治理，铺设收集管网60公里，农村生活污水"
               "治理率达到60%以上。",
               "2026年完成15个行政村生活污水治理，铺设收集管网20公里，治理率达到45%以上。"],
    )  # fmt: skip
    plan(
        s,
        [("2026年", wan(300)), ("2027年", wan(320)), ("2028年", wan(260))],
        mk(wan(900), "B102", "error", row=True, alt=("B101",), note="300 + 320 + 260 = 880"),
    )
    indicators(s, TWO, [
        ("产出指标", "数量指标", "完成污水治理行政村数", "≥45个", "≥15个"),
        (None, None, "铺设污水收集管网长度", "≥60公里", "≥20公里"),
        (None, "质量指标", "治理设施出水水质达标率", "≥90%", "≥90%"),
        (None, "时效指标", "年度治理任务完成时间", "每年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "单村治理投资", "≤18万元/个", "≤18万元/个"),
        ("效益指标", "生态效益指标", "农村生活污水治理率", "≥60%", "≥45%"),
        (None, "可持续影响指标", "治理设施运维管护机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "受益村民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "彭书瑶", "温廷峰", "0591-82297316")
    return b


@variant("pa15-annual-above-period", (8, 12), "two-year project, NAT-2021, operator column "
         "before 中期 and 年度 values and a unit column: 年度资金总额 320 above 中期资金总额 300; "
         "1500元/人 × 3000人 = 450万元 above the 中期 300")  # fmt: skip
def pa15() -> Book:
    b, s = book("Sheet1", (16, 18, 30, 10, 14, 14, 12))
    project_head(
        s, year=2026, years=2, name="退役军人职业技能培训项目",
        dept="白沙河区退役军人事务局（133）", unit="白沙河区退役军人服务中心",
        money=period_money(
            (wan(300), wan(260), wan(40)),
            (mk(wan(320), "B103", "error", row=True, note="年度 320 > 中期 300"),
             ok(wan(280), "error", note="年度 财政拨款 above the 中期 one, same slip"),
             wan(40))),
        goals=["2026年至2027年开展退役军人职业技能培训3000人，培训后就业率达到70%以上。",
               "2026年开展退役军人职业技能培训1500人，培训合格率达到90%以上。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "中期指标值", "年度指标值",
                   "计量单位"), [
        ("产出指标", "数量指标", "培训退役军人人数", "≥",
         mk(3000, "B107", "warning", row=True, required=False,
            note="the count half of the standard × count product"), 1500, "人"),
        (None, None, "开设培训专业数", "≥", 10, 8, "个"),
        (None, "质量指标", "培训合格率", "≥", 90, 90, "%"),
        (None, "时效指标", "培训补贴发放时限", "≤", 30, 30, "个工作日"),
        ("成本指标", "经济成本指标", "人均培训补贴标准", "≤",
         mk(1500, "B107", "warning", row=True,
            note="3000人 × 1500元/人 = 450万元 > 中期资金总额 300万元"), 1500, "元/人"),
        ("效益指标", "社会效益指标", "培训后就业率", "≥", 70, 70, "%"),
        ("满意度指标", "服务对象满意度指标", "参训退役军人满意度", "≥", 90, 90, "%"),
    ])  # fmt: skip
    return b


@variant("pa16-stacked-plan-and-shares", (2, 8, 12), "two projects stacked, NAT-2021: a "
         "three-year one whose plan by year 126.60 + 118.30 + 115.10 adds up to 360.00, a "
         "one-year one with shares 87.1% + 12.9% (correct)")  # fmt: skip
def pa16() -> Book:
    b, s = book("绩效目标表")
    project_head(
        s, year=2026, years=3, name="全域旅游公共服务设施建设项目",
        dept="临溪县文化和旅游局（212）", unit="临溪县旅游发展服务中心",
        title="2026年度项目支出绩效目标表（汇总）",
        money=period_money((wan(360), wan(300), wan(60)), (wan(126.6), wan(106.6), wan(20))),
        goals=["2026年至2028年新建旅游厕所18座、设置旅游标识标牌300块，游客接待量年均增长8%"
               "以上。", "2026年新建旅游厕所6座、设置旅游标识标牌100块。"],
    )  # fmt: skip
    plan(s, [("2026年", wan(126.6)), ("2027年", wan(118.3)), ("2028年", wan(115.1))],
         wan(360))  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "新建旅游厕所数", "≥18座", "≥6座"),
        (None, None, "设置旅游标识标牌数", "≥300块", "≥100块"),
        (None, "质量指标", "设施竣工验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度建设任务完成时间", "每年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "单座旅游厕所建设费用", "≤12万元/座", "≤12万元/座"),
        ("效益指标", "社会效益指标", "游客接待量增长率", "≥8%", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="乡村文化活动补助项目", dept="临溪县文化和旅游局（212）",
        unit="临溪县文化馆", title="", money=[
            ("年度资金总额", wan(70), "占比", pct(1, SHARE)),
            ("其中：财政拨款", wan(61), "占比", pct(0.871, SHARE)),
            ("其他资金", wan(9), "占比", pct(0.129, SHARE)),
        ],
        goals=["2026年补助村级文化活动140场，带动村民参与2万人次以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "补助村级文化活动场次", "≥140场"),
        (None, "质量指标", "活动资金使用合规率", pct(1)),
        (None, "时效指标", "补助资金拨付完成时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "单场活动补助标准", "≤0.45万元/场"),
        ("效益指标", "社会效益指标", "村民参与文化活动人次", "≥2万人次"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "邹明哲", "裴若兰", "0591-85019263")
    return b


@variant("pa18-yuan-in-head", (8, 12), "two-year project, NAT-2021, 中期 and 年度 columns: the "
         "年度 其他资金 typed as 400000 (元) in the 万元 head")  # fmt: skip
def pa18() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=2, name="老旧小区加装电梯补助项目",
        dept="青岚市住房和城乡建设局（171）", unit="青岚市城市更新服务中心",
        money=period_money(
            (wan(600), wan(520), wan(80)),
            (wan(300), wan(260),
             mk(money(400000), "B110", "error", row=True, alt=("B105",),
                note="40万元 typed in 元 in the 万元 head"))),
        goals=["2026年至2027年补助老旧小区加装电梯40台，惠及居民960户。",
               "2026年补助老旧小区加装电梯20台，惠及居民480户。"],
    )  # fmt: skip
    b.file_mark("B101", "error", required=False, note="260 + 400000 ≠ 300: the same slip")
    b.file_mark("B103", "error", required=False, note="the 元 figure passes the 中期 money")
    indicators(s, TWO, [
        ("产出指标", "数量指标", "补助加装电梯台数", "≥40台", "≥20台"),
        (None, "质量指标", "加装电梯验收合格率", pct(1), pct(1)),
        (None, "时效指标", "补助资金拨付时限", "≤20个工作日", "≤20个工作日"),
        ("成本指标", "经济成本指标", "单台电梯补助标准", "≤12万元/台", "≤12万元/台"),
        ("效益指标", "社会效益指标", "受益居民户数", "≥960户", "≥480户"),
        ("满意度指标", "服务对象满意度指标", "受益居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b

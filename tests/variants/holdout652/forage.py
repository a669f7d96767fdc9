"""Returns gl01–gl06: 青贮玉米 and 苜蓿 projects (single, multi-year and stacked)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout652.common import (
    DEPT,
    HEAD4,
    HEAD_PERIOD,
    book,
    indicators,
    one_year,
    period,
    sign,
    wan,
)
from tests.variants.holdout652.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

GOAL01 = ("新增全株青贮玉米种植2.4万亩，收贮青贮饲料9万吨，种植补贴每亩100元，"
          "为2027年全县推广裹包青贮积累经验。")  # fmt: skip


@variant("gl01-silage-subsidy-points", (1, 5, 7),
         "project, NAT-2021, numbered tier labels with points, operator and unit columns, "
         "header 绩效目标值, typed percent cells (correct)")  # fmt: skip
def gl01() -> Book:
    b, s = book()
    project_head(s, year=2026, name="全株青贮玉米种植收贮补贴项目", dept=DEPT,
                 unit="芨芨滩县饲草料工作站", money=one_year(wan(260), wan(220), wan(40)),
                 goals=[GOAL01])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "绩效目标值", "计量单位"), [
        ("一、产出指标（50分）", "（一）数量指标", "全株青贮玉米种植面积", "≥", 2.4, "万亩"),
        (None, None, "青贮饲料收贮量", "≥", 9, "万吨"),
        (None, "（二）质量指标", "青贮饲料品质检测合格率", "≥", pct(0.95), "%"),
        (None, "（三）时效指标", "收贮完成时间", "≤", day(2026, 10, 31, CN_DATE), None),
        ("二、成本指标（20分）", "（一）经济成本指标", "种植补贴标准", "≤", 100, "元/亩"),
        ("三、效益指标（20分）", "（一）经济效益指标", "种植户亩均增收", "≥", 150, "元"),
        (None, "（二）生态效益指标", "秸秆露天焚烧火点数下降率", "≥", pct(0.3), "%"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "种植户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "韩立群", "0937-6628415", day(2025, 11, 24))
    return b


GOAL02 = "新建优质苜蓿种植基地1.5万亩，推广苜蓿裹包青贮技术，年产优质苜蓿干草4.5万吨。"


@variant("gl02-alfalfa-base-leftovers", (5, 11),
         "project, OLD-NAT, one value column: base area against the goal, last season's "
         "deadline, a quality rate under 数量指标")  # fmt: skip
def gl02() -> Book:
    b, s = book()
    project_head(s, year=2026, name="优质苜蓿种植基地建设项目", dept=DEPT,
                 unit="芨芨滩县草原工作站", money=one_year(wan(300), wan(270), wan(30)),
                 goals=[GOAL02])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "新建苜蓿种植基地面积",
         mk("≥1.2万亩", "D104", "warning", row=True, note="年度目标写新建1.5万亩")),
        (None, None, "苜蓿干草产量", "≥4.5万吨"),
        (None, None, "苜蓿干草质量达标率",
         mk("≥90%", "F201", "warning", row=True, note="质量类达标率填在数量指标下")),
        (None, "质量指标", "苜蓿种子发芽率", "≥85%"),
        (None, "时效指标", "苜蓿首茬收割完成时间",
         mk("2025年6月30日前", "Y102", "error", alt=("Y101", "Y103"),
            note="上一季的日期，项目年度为2026年")),
        (None, "成本指标", "基地建设补助标准", "≤180元/亩"),
        ("效益指标", "经济效益指标", "种植户亩均收入", "≥1200元"),
        (None, "生态效益指标", "基地植被覆盖度", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "种植合作社满意度", "≥90%"),
    ])  # fmt: skip
    return b


GOAL03 = ("2026—2028年新建标准化青贮窖池120座、总容积36万立方米，青贮饲料损耗率降低3个百分点以上。",
          "2026年新建标准化青贮窖池40座、容积12万立方米，10月底前全部完工验收。")  # fmt: skip


@variant("gl03-silage-pits-three-years", (8, 10),
         "three-year project, NAT-2021, 分值 column beside tier points, 中期 and 年度 columns, "
         "=100% as text, 百分点 (correct)")  # fmt: skip
def gl03() -> Book:
    b, s = book()
    project_head(s, year=2026, years=3, name="标准化青贮窖池建设项目", dept=DEPT,
                 unit="芨芨滩县畜牧技术推广站", attr="新增项目",
                 money=period((wan(780), wan(690), wan(90)), (wan(260), wan(230), wan(30))),
                 goals=GOAL03)  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "分值", "中期指标值", "年度指标值"), [
        ("产出指标（50分）", "数量指标", "标准化青贮窖池新建数量", 15, "≥120座", "≥40座"),
        (None, None, "新建窖池总容积", 10, "≥36万立方米", "≥12万立方米"),
        (None, "质量指标", "窖池工程验收合格率", 15, "=100%", "=100%"),
        (None, "时效指标", "窖池建设完成时间", 10, "2028年10月31日前", "2026年10月31日前"),
        ("成本指标（10分）", "经济成本指标", "窖池建设补助标准", 10, "≤6万元/座", "≤6万元/座"),
        ("效益指标（30分）", "经济效益指标", "青贮饲料损耗率降低", 15, "≥3百分点", "≥1百分点"),
        (None, "可持续影响指标", "窖池设计使用年限", 15, "≥15年", "≥15年"),
        ("满意度指标（10分）", "服务对象满意度指标", "养殖场户满意度", 10, pct(0.9), pct(0.9)),
    ])  # fmt: skip
    return b


GOAL04 = ("2026—2027年建设苜蓿收获面积2.5万亩，建成草捆加工生产线4条，累计加工苜蓿草捆4万吨。",
          "2026年建成苜蓿草捆加工生产线2条，配套收获机械，带动种植户发展苜蓿产业。")  # fmt: skip


@variant("gl04-alfalfa-bales-two-years", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: a year above the period, a "
         "cumulative count copied, a line count against the annual goal")  # fmt: skip
def gl04() -> Book:
    b, s = book()
    project_head(s, year=2026, years=2, name="苜蓿草产业化示范项目", dept=DEPT,
                 unit="芨芨滩县草原工作站", attr="新增项目",
                 money=period((wan(600), wan(540), wan(60)), (wan(320), wan(290), wan(30))),
                 goals=GOAL04)  # fmt: skip
    indicators(s, HEAD_PERIOD, [
        ("产出指标", "数量指标", "苜蓿收获面积", "≥2.5万亩",
         mk("≥3万亩", "D201", "error", note="年度值超过实施期的2.5万亩")),
        (None, None, "草捆加工生产线建设数量", "≥4条",
         mk("≥3条", "D104", "warning", row=True, note="年度目标写建成2条")),
        (None, None, "苜蓿草捆加工量", "≥4万吨",
         mk("≥4万吨", "D202", "warning", note="两年累计量照抄到年度")),
        (None, "质量指标", "一级苜蓿干草占比", "≥60%", "≥55%"),
        (None, "时效指标", "生产线投产时间", "2027年6月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "生产线建设补助标准", "≤100万元/条", "≤100万元/条"),
        ("效益指标", "经济效益指标", "种植户亩均增收", "≥200元", "≥200元"),
        (None, "可持续影响指标", "苜蓿产业带动就业人数", "≥300人", "≥150人"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("gl05-forage-stacked-two", (2, 12),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same satisfaction "
         "name with different values in each (correct)")  # fmt: skip
def gl05() -> Book:
    b, s = book()
    project_head(s, year=2026, name="青贮玉米收贮补助项目", dept=DEPT,
                 unit="苇湖乡农业综合服务中心", money=one_year(wan(120), wan(100), wan(20)),
                 goals=["收贮全株青贮玉米3万吨，补助标准每吨30元，惠及养殖户260户。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "青贮玉米收贮量", "≥3万吨"),
        (None, None, "补助养殖户数", "≥260户"),
        (None, "质量指标", "青贮饲料检测合格率", "≥95%"),
        (None, "时效指标", "补助资金兑付时间", "2026年12月20日前"),
        (None, "成本指标", "收贮补助标准", "≤30元/吨"),
        ("效益指标", "经济效益指标", "户均节约饲草成本", "≥1500元"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2026, name="紫花苜蓿良种推广项目", dept=DEPT, title="",
                 unit="苇湖乡农业综合服务中心", money=one_year(wan(80), wan(80), wan(0)),
                 goals=["推广紫花苜蓿良种0.8万亩，良种补助每亩80元。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "苜蓿良种推广面积", "≥0.8万亩"),
        (None, "质量指标", "良种纯度", "≥98%"),
        (None, "时效指标", "播种完成时间", "2026年5月31日前"),
        (None, "成本指标", "良种补助标准", "≤80元/亩"),
        ("效益指标", "经济效益指标", "苜蓿亩均增产", "≥100公斤"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("gl06-stacked-alfalfa-money", (2, 12),
         "two projects stacked, OLD-NAT: the second's total ≠ its parts, its subsidy × area "
         "above its money, its area given twice with different values")  # fmt: skip
def gl06() -> Book:
    b, s = book()
    project_head(s, year=2026, name="饲草料储备库建设项目", dept=DEPT,
                 unit="芨芨滩县饲草料工作站", money=one_year(wan(150), wan(130), wan(20)),
                 goals=["建设饲草料储备库2座，储备能力1万吨，保障冬春应急饲草供应。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "储备库建设数量", "≥2座"),
        (None, None, "饲草储备能力", "≥1万吨"),
        (None, "质量指标", "工程验收合格率", "100%"),
        (None, "时效指标", "储备库完工时间", "2026年9月30日前"),
        (None, "成本指标", "储备库建设补助标准", "≤70万元/座"),
        ("效益指标", "社会效益指标", "应急饲草保障天数", "≥30天"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(200), "B101", "error", note="财政拨款160 + 其他资金30 = 190，不是200")
    project_head(s, year=2026, name="苜蓿种植补贴项目", dept=DEPT, title="",
                 unit="芨芨滩县草原工作站", money=one_year(total, wan(160), wan(30)),
                 goals=["新增苜蓿种植1万亩，带动种植户提高饲草自给率。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "新增苜蓿种植面积", "≥1万亩"),
        (None, None, "苜蓿新增种植面积",
         mk("≥0.8万亩", "D103", "warning", row=True, alt=("D101", "D102", "D104"),
            note="同一指标换了语序，值却不同")),
        (None, "质量指标", "苜蓿保苗率", "≥85%"),
        (None, "时效指标", "播种完成时间", "2026年5月31日前"),
        (None, "成本指标", "苜蓿种植补贴标准",
         mk("≤300元/亩", "B107", "warning", row=True,
            note="300元/亩 × 1万亩 = 300万元，超过资金总额")),
        ("效益指标", "经济效益指标", "饲草自给率提高", "≥5百分点"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b

"""Returns az07–az12: sheepskin-raft tourism (漂流航线, 古渡口, 非遗旅游节) on the Yellow River."""

from __future__ import annotations

from tests.variants.holdout510.common import (
    CB,
    CC,
    FW,
    HEAD4,
    JC,
    JJ,
    KC,
    MY,
    SH,
    SL,
    SX,
    XY,
    ZL,
    book,
    department,
    money_rows,
    notes,
    project,
    sign,
    table,
    wan,
)
from tests.variants.holdout510.registry import variant
from tests.variants.kit import Book, mk, pct

DEPT = "浪沙湾区文化和旅游局（318006）"
CENTRE = "浪沙湾区黄河风情旅游发展中心"

ROUTE = (
    (CC, SL, "整治羊皮筏漂流航线", "≥8公里"),
    (None, None, "新建筏工候客码头", "≥3个"),
    (None, ZL, "码头工程验收合格率", "≥98%"),
    (None, SX, "航线整治完成时间", "2025年9月30日前"),
    (None, CB, "航线整治单价", "≤10万元/公里"),
    (None, None, "候客码头建设单价", "≤20万元/个"),
    (XY, JJ, "羊皮筏漂流经营收入增长率", "≥10%"),
    (None, SH, "年接待漂流游客", "≥12万人次"),
    (MY, FW, "游客满意度", "≥90%"),
)  # fmt: skip

POST = (
    (CC, SL, "驿站开放天数", "≥300天"),
    (None, ZL, "救生衣租借登记率", "=100%"),
    (None, SX, "游客求助响应时间", "≤10分钟"),
    (None, CB, "驿站年度运营费用", "≤45万元"),
    (XY, SH, "驿站服务游客", "≥5万人次"),
    (MY, FW, "游客满意度", "≥92%"),
)  # fmt: skip


@variant("az07-stacked-route-post", (2,), "two projects stacked in one sheet, OLD-NAT, one value "
         "column, the same 游客满意度 with different values in each (correct)")  # fmt: skip
def az07() -> Book:
    b, s = book()
    project(s, name="黄河羊皮筏漂流航线提升", dept=DEPT, unit=CENTRE,
            money_=money_rows(150, 120, 30),
            goals=["整治漂流航线8公里，新建候客码头3个，年接待漂流游客12万人次以上。"])  # fmt: skip
    table(s, HEAD4, ROUTE)
    s.skip()
    project(s, name="古渡口游客服务驿站运营", dept=DEPT, unit="浪沙湾区古渡口景区管理所",
            money_=money_rows(45, 45, 0), title="",
            goals=["驿站全年开放300天以上，提供救生衣租借、游客求助和讲解服务。"])  # fmt: skip
    table(s, HEAD4, POST)
    sign(s, "杜海平", "0955-6128734", (2024, 12, 3))
    return b


NIGHT = (
    (CC, SL, "羊皮筏夜游灯光航段", "≥3公里"),
    (None, ZL, "夜游航段照明设施验收合格率", "≥95%"),
    (None, SX, "夜游线路开航时间", "2025年7月1日前"),
    (None, CB, "照明设施建设单价", "≤18万元/公里"),
    (XY, SH, "夜游接待游客", "≥3万人次"),
    (MY, FW, "夜游游客满意度", "≥90%"),
)  # fmt: skip

GUARD = (
    (CC, SL, "配备羊皮筏专用救生衣", "≥800件"),
    (None, ZL, "救生衣配备率", mk("200件", "T105", "error", note="a 配备率 given as a count")),
    (None, SX, "落水险情到场处置时间", "≤8分钟"),
    (None, CB, "救生衣采购单价", "≤400元/件"),
    (XY, SH, "游客投诉率",
     mk("≥2%", "T108", "warning", row=True, note="a 投诉率 is 反向: ≤ expected")),
    (MY, FW, "乘筏游客满意度", "≥90%"),
)  # fmt: skip


@variant("az08-stacked-night-guard", (2, 12), "two projects stacked, OLD-NAT, one value "
         "column: the second project's money does not add up, a rate as a count, a 反向 rate "
         "with ≥")  # fmt: skip
def az08() -> Book:
    b, s = book()
    project(s, name="黄河羊皮筏夜游线路培育", dept=DEPT, unit=CENTRE,
            money_=money_rows(90, 70, 20),
            goals=["建成夜游灯光航段3公里，2025年7月开航，接待夜游游客3万人次以上。"])  # fmt: skip
    table(s, HEAD4, NIGHT)
    s.skip()
    total = mk(wan(55), "B101", "error", row=True, note="40 + 10 = 50 ≠ 55")
    project(s, name="羊皮筏漂流安全保障", dept=DEPT, unit="浪沙湾区水上旅游安全服务队",
            money_=money_rows(total, 40, 10), title="",
            goals=["配备专用救生衣800件，落水险情8分钟内到场处置。"])  # fmt: skip
    table(s, HEAD4, GUARD)
    return b


FLAT = (
    ("羊皮筏漂流航线维护里程", 15, "公里", "≥", 12),
    ("筏工安全培训", 15, "人次", "≥", 260),
    ("羊皮筏非遗旅游推介活动", 10, "场", "≥", 6),
    ("羊皮筏水上安全责任事故", 15, "起", "≤", 0),
    ("漂流码头救生衣配备率", 15, "%", "=", pct(1)),
    ("漂流游客人次增长率", 10, "%", "≥", pct(0.08)),
    ("筏工人均培训成本", 10, "元/人次", "≤", 1500),
    ("游客满意度", 10, "%", "≥", pct(0.9)),
)  # fmt: skip

TASKS = (
    ("漂流航线维护", "航道清障、码头修补", wan(80), "维护航线12公里"),
    ("筏工安全培训", "持证培训与救生演练", wan(45), "培训260人次"),
    ("非遗旅游推介", "羊皮筏文化推介活动", wan(75), "推介活动6场"),
    ("金额合计", None, wan(200), None),
)  # fmt: skip


@variant("az09-flat-centre", (3,), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), typed percent cells, weights add to 100, ≤0起 "
         "(correct)")  # fmt: skip
def az09() -> Book:
    b, s = book()
    department(s, dept=CENTRE, budget=(320, 280, 40, 120, 200), tasks=TASKS,
               goal="维护漂流航线，培训筏工，推介羊皮筏非遗旅游，不发生安全责任事故。")  # fmt: skip
    table(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), FLAT, merged=(),
          label="年度绩效指标")  # fmt: skip
    sign(s, "孔令仪", "0955-6120597", (2024, 11, 18))
    return b


FLAT2 = (
    ("羊皮筏非遗旅游精品线路推介", "≥5", "条", "正向", 15),
    ("旅游宣传推广费用",
     mk("≤12万元", "T112", "error", row=True, note="万元 in the value, 人次 in the unit column"),
     "人次", "反向", 15),
    ("漂流游客接待量", "≥15万", "人次", "正向", 15),
    ("筏工违规载客投诉率",
     mk("≥2%", "T108", "warning", row=True, note="反向 in the direction column, ≥ in the value"),
     "%", "反向", 10),
    ("筏工持证上岗率", "=100%", "%", "正向", 15),
    ("游客满意度", "≥90%", "%", "正向", 10),
    ("羊皮筏年检合格率", "≥95%", "%", "正向", 15),
)  # fmt: skip


@variant("az10-flat-service-defects", (3, 11), "department, flat list (指标名称 · 指标值 · "
         "计量单位 · 指标方向 · 权重): a unit conflict, a 反向 rate with ≥, weights adding "
         "to 95")  # fmt: skip
def az10() -> Book:
    b, s = book()
    department(s, dept="鹤滩县黄河文化旅游服务中心", budget=(210, 180, 30, 90, 120),
               goal="推介羊皮筏非遗旅游线路，规范筏工经营，提升游客满意度。")  # fmt: skip
    table(s, ("指标名称", "指标值", "计量单位", "指标方向", "权重"), FLAT2, merged=(),
          label="年度绩效指标")  # fmt: skip
    b.file_mark("W101", "error", note="weights 15+15+15+10+15+10+15 = 95, not 100")
    return b


FERRY = (
    (CC, SL, "修缮古渡口羊皮筏码头", "≥6个", "≥2个"),
    (None, None, "培养持证羊皮筏筏工", "≥90人", "≥30人"),
    (None, ZL, "码头修缮验收合格率", "≥95%", "≥95%"),
    (None, SX, "年度修缮任务完成时间", "2027年12月31日前", "2025年12月31日前"),
    ("成本指标", JC, "单个码头修缮成本", "≤40万元/个", "≤40万元/个"),
    (XY, SH, "古渡口文旅游客接待量", "≥30万人次", "≥8万人次"),
    (None, KC, "羊皮筏渡口文化遗产保护机制", "建立并执行", "建立并执行"),
    (MY, FW, "游客满意度", "≥90%", "≥90%"),
)  # fmt: skip

PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("az11-ferry-three-years", (8,), "three-year project, NAT-2021, 中期 and 年度 columns: "
         "counts smaller in the year, rates and unit costs equal (correct)")  # fmt: skip
def az11() -> Book:
    b, s = book()
    project(s, name="黄河羊皮筏古渡口文旅融合提升", dept=DEPT, unit=CENTRE, years=3,
            money_=money_rows(360, 300, 60, annual=(wan(120), wan(100), wan(20))),
            goals=["2025—2027年修缮古渡口码头6个，培养持证筏工90人，累计接待游客30万人次。",
                   "2025年修缮码头2个，培养持证筏工30人，接待游客8万人次。"])  # fmt: skip
    table(s, PERIOD, FERRY)
    return b


FEST = (
    (CC, SL, "举办羊皮筏非遗旅游节", "≥2届",
     mk("≥2届", "D202", "warning", note="a cumulative count copied from the 中期 column")),
    (None, None, "制作羊皮筏文旅宣传短视频", "≥40部",
     mk("≥40部", "D202", "warning", note="a cumulative count copied from the 中期 column")),
    (None, None, "开发羊皮筏文创产品", "≥20款",
     mk("≥25款", "D201", "error", note="25 in the year above 20 over the whole period")),
    (None, ZL, "文创产品质检合格率", "≥95%", "≥95%"),
    (None, SX, "旅游节举办时间", "2026年10月31日前", "2025年10月31日前"),
    ("成本指标", JC, "单届旅游节办节成本", "≤45万元/届", "≤45万元/届"),
    (XY, SH, "旅游节吸引游客", "≥20万人次", "≥9万人次"),
    (None, JJ, "羊皮筏文创产品销售收入", "≥150万元", "≥60万元"),
    (MY, FW, "参节游客满意度", "≥90%", "≥90%"),
)  # fmt: skip


@variant("az12-festival-two-years", (8,), "two-year project, NAT-2021, 中期 and 年度 columns: "
         "two cumulative counts copied into the year, one annual count above its period "
         "count")  # fmt: skip
def az12() -> Book:
    b, s = book()
    project(s, name="黄河羊皮筏非遗旅游节", dept=DEPT, unit=CENTRE, years=2,
            money_=money_rows(200, 160, 40, annual=(wan(110), wan(90), wan(20))),
            goals=["2025—2026年举办羊皮筏非遗旅游节2届，开发文创产品20款。",
                   "2025年举办羊皮筏非遗旅游节，吸引游客9万人次以上。"])  # fmt: skip
    table(s, PERIOD, FEST)
    notes(s, "注：中期指标值为2025—2026年累计值。")
    return b

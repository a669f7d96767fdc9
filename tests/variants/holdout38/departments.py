"""Department tables (§3.2) of the 38th held-out set: a sanitation station, an ecology bureau
branch and a river-chief office, with budgets, key tasks and indicator tables (tiered or flat)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout38.parts import header, notes, signature
from tests.variants.holdout38.registry import variant
from tests.variants.kit import Book, C, day, mk, pct

M = "0.00"


@variant(
    "iv07-sanitation-dept-ok",
    (4, 12),
    "department, NAT-2021, budget adding both ways, "
    "tasks adding to 项目支出, 0起 accidents, 100% as a percent cell, signature line",
)
def sanitation_dept_ok() -> Book:
    b = Book()
    s = b.sheet("部门整体绩效目标")
    department_head(
        s,
        year=2026,
        dept="鹤汀县城区环境卫生管理所",
        budget=[(C(860.5, M), C(820.5, M), C(40, M), C(310.5, M), C(550, M))],
        tasks=[
            ("城区道路清扫保洁", "主次干道机械化清扫、人工保洁", C(320, M), "道路保洁达标率≥95%"),
            ("生活垃圾收集清运", "垃圾中转站运行及清运车辆运维", C(180, M), "日产日清"),
            ("公厕运行维护", "65座公厕保洁及设施维修", C(50, M), "公厕保洁达标"),
            ("金额合计", None, C(550, M), None),
        ],
        goal="保持城区道路、公厕和垃圾收运系统整洁有序，生活垃圾无害化处理率100%，"
        "市民对城区环境卫生的满意度不低于88%。",
        filled=day(2025, 11, 18),
    )
    header(s, "指标值", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "城区道路机械化清扫面积", "≥420万平方米", None),
            (None, None, "生活垃圾清运量", "≥6.8万吨", None),
            (None, None, "公厕日常保洁座数", "≥65座", None),
            (None, "质量指标", "生活垃圾无害化处理率", pct(1), None),
            (None, None, "道路保洁质量达标率", "95%以上", None),
            (None, "时效指标", "生活垃圾清运及时率", "≥98%", "日产日清"),
            ("成本指标", "经济成本指标", "道路机械化清扫单价", "≤0.75元/平方米", None),
            ("效益指标", "社会效益指标", "环卫作业安全生产责任事故", "0起", None),
            (None, None, "环卫投诉办结率", "≥98%", None),
            (None, "生态效益指标", "城区市容环境卫生状况", "持续改善", None),
            (None, "可持续影响指标", "环卫作业长效管理机制", "健全", None),
            ("满意度指标", "服务对象满意度指标", "市民对城区环境卫生满意度", "≥88%", None),
        ],
        merged=(1, 2),
    )
    signature(s, "陈雨桐", "郑国梁", "0598-7713260", day(2025, 11, 18))
    return b


@variant(
    "iv08-town-sanitation-dept",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, "
    "tasks not adding to 金额合计, no 满意度指标, one rate twice with two values",
)
def town_sanitation_dept() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    department_head(
        s, year=2026, dept="枫林镇环境卫生服务站",
        budget=[(mk(C(432, M), "B101", "error", row=True, note="150 + 272 = 422"),
                 C(412, M), C(20, M), C(150, M), C(272, M))],
        tasks=[
            ("农村生活垃圾收运", "18个行政村垃圾收集、转运", C(120, M), "垃圾收运覆盖率100%"),
            ("村庄道路保洁", "镇村主干道日常保洁", C(90, M), "保洁达标率≥90%"),
            ("公厕及中转站运维", "12座公厕、1座中转站运行", C(52, M), "设施正常运行"),
            ("金额合计", None,
             mk(C(272, M), "B102", "error", row=True, note="120 + 90 + 52 = 262"), None),
        ],
        goal="完成全镇18个行政村生活垃圾收运和道路保洁，生活垃圾无害化处理率100%。",
    )  # fmt: skip
    header(s, "指标值", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "农村生活垃圾收运量", "≥9500吨", None),
            (None, None, "村庄道路保洁里程", "≥146公里", None),
            (None, "质量指标", "生活垃圾无害化处理率", "=100%", None),
            (None, None, "村庄道路保洁达标率", "≥90%", None),
            (None, "时效指标", "垃圾收运及时率", "≥95%", None),
            ("成本指标", "经济成本指标", "村庄道路保洁成本", "≤0.6万元/公里", None),
            (
                "效益指标",
                "生态效益指标",
                mk(
                    "生活垃圾无害化处理率", "D102", "error", row=True, note="=100% above, ≥95% here"
                ),
                "≥95%",
                None,
            ),
            (None, "社会效益指标", "农村人居环境", "明显改善", None),
            (None, "可持续影响指标", "垃圾收运长效机制", "健全", None),
        ],
        merged=(1, 2),
    )
    b.file_mark("F106", "error", note="no 满意度指标 in a service to villagers")
    return b


@variant(
    "iv09-ecology-branch-dept-ok",
    (5, 8, 12),
    "department, two header lines, 实施周期 and 年度 columns equal "
    "(one year), numbered tier labels with points (90, 预算执行率 apart), 不发生, μg/m³",
)
def ecology_branch_dept_ok() -> Book:
    b = Book()
    s = b.sheet("整体支出绩效目标")
    department_head(
        s, year=2026, dept="澄江市生态环境局翠屏分局",
        title="澄江市部门整体支出预算绩效目标表（2026年度）",
        budget=[(C(1860.4, M), C(1780.4, M), C(80, M), C(1120.4, M), C(740, M))],
        tasks=[
            ("大气污染防治", "扬尘、餐饮油烟和挥发性有机物治理监管", C(260, M), "优良天数比例≥88%"),
            ("水环境监测与保护", "国控、市控断面监测及入河排污口排查", C(210, M), "断面达标"),
            ("生态环境执法监管", "重点排污单位执法检查及信访处理", C(150, M), "违法行为及时查处"),
            ("生态环境宣传教育", "六五环境日等宣传活动", C(120, M), "公众满意度≥85%"),
            ("金额合计", None, C(740, M), None),
        ],
        goal="目标1：空气质量优良天数比例不低于88%，PM2.5平均浓度不高于30微克/立方米。"
        "目标2：国控断面水质达标率100%，不发生突发环境事件。",
        filled=day(2025, 10, 28),
    )  # fmt: skip
    s.row("绩效指标", None, None, "指标值", None, merge=[(1, 3), (4, 5)])
    header(s, "实施周期指标值", "年度指标值")
    s.table(
        [
            ("一、产出指标（40分）", "1.数量指标", "环境空气质量监测样品数", "≥3200个", "≥3200个"),
            (None, None, "重点排污单位执法检查", "≥260家次", "≥260家次"),
            (None, "2.质量指标", "环境监测数据合格率", "≥98%", "≥98%"),
            (None, "3.时效指标", "建设项目环评审批时限", "30个工作日内", "30个工作日内"),
            ("二、成本指标（10分）", "经济成本指标", "单个监测样品检测成本", "≤450元/个",
             "≤450元/个"),
            ("三、效益指标（30分）", "生态效益指标", "空气质量优良天数比例", "≥88%", "≥88%"),
            (None, None, "PM2.5平均浓度", "≤30μg/m³", "≤30μg/m³"),
            (None, None, "国控断面水质达标率", "=100%", "=100%"),
            (None, "社会效益指标", "突发环境事件", "不发生", "不发生"),
            (None, None, "环境信访投诉办结率", "=100%", "=100%"),
            ("四、满意度指标（10分）", "服务对象满意度指标", "公众生态环境满意度", "≥85%", "≥85%"),
        ],
        merged=(1, 2),
    )  # fmt: skip
    notes(s, ["注：预算执行率（10分）按市财政局统一口径另行考核，不列入本表。"], 6)
    return b


@variant(
    "iv10-hazardous-waste",
    (5, 6, 13),
    "project with 完成时限 dates and a 责任科室 column: "
    "a tier-2 under the wrong tier-1, a 2024 date in a 2026 table, a value without a name",
)
def hazardous_waste() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 28, 16, 14, 14))
    project_head(
        s, year=2026, name="危险废物规范化环境管理项目", dept="潞川县生态环境局",
        unit="潞川县生态环境局固体废物与化学品科", attr="延续项目",
        money=[("资金总额", C(85, M), "财政拨款", C(85, M)),
               ("其他资金", C(0, M), None, None)],
        goals=["对全县180家次危险废物产生和经营单位开展规范化检查，问题整改完成率不低于95%。"],
    )  # fmt: skip
    header(s, "指标值", "完成时限", "责任科室")
    s.table(
        [
            ("产出指标", "数量指标", "危险废物产生单位现场检查", "≥180家次", day(2026, 11, 30),
             "执法大队"),
            (None, None, "固废管理平台数据核查", "≥1200条", day(2026, 12, 31), "固废科"),
            (None, "质量指标", "检查问题整改完成率", "≥95%", day(2026, 12, 31), "固废科"),
            (None, "时效指标", "危险废物转移联单审核时限", "≤5个工作日", None, "固废科"),
            (None, mk("生态效益指标", "F105", "error", note="a 效益 tier-2 in the 产出 block"),
             "危险废物规范化处置率", "≥98%", day(2026, 12, 31), "固废科"),
            ("成本指标", "经济成本指标", "单家次检查成本", "≤1500元/家次",
             mk(day(2024, 12, 31), "Y102", "error", alt=("Y101",),
                note="left from the 2024 table"), "执法大队"),
            ("效益指标", "社会效益指标", mk(None, "F110", "error", note="name lost"), "≥2场",
             day(2026, 6, 5), "宣教中心"),
            (None, None, "涉危险废物环境信访投诉", "同比下降", None, "执法大队"),
            (None, "可持续影响指标", "危险废物监管长效机制", "健全", None, "固废科"),
            ("满意度指标", "服务对象满意度指标", "企业对监管服务满意度", "≥90%", None, "固废科"),
        ],
        merged=(1, 2),
    )  # fmt: skip
    return b


@variant(
    "iv16-river-chief-flat",
    (3,),
    "department, flat list (序号 · 指标名称 · 指标值 · 计量单位 · "
    "权重 · 备注) with a 合计 row of 100 over weights adding to 95, a doubled %",
)
def river_chief_flat() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (8, 30, 14, 12, 10, 18))
    department_head(
        s, year=2026, dept="沅溪县河长制工作办公室",
        budget=[(C(268, M), C(268, M), C(0, M), C(98, M), C(170, M))],
        tasks=[
            ("河湖巡查督办", "县级河长巡河及问题督办", C(60, M), "问题整改销号"),
            ("河湖水质监测", "县控以上断面及主要支流监测", C(70, M), "断面达标"),
            ("河湖长制宣传", "进村入校宣传活动", C(40, M), "公众知晓"),
            ("金额合计", None, C(170, M), None),
        ],
        goal="全面落实河湖长制，县控以上断面水质达标率不低于90%，河湖“四乱”问题整改销号率不低于95%。",
    )  # fmt: skip
    s.row("序号", "指标名称", "指标值", "计量单位", "权重", "备注")
    s.table(
        [
            (1, "县级河长巡河次数", "≥48", "次", 10, None),
            (2, "河湖“四乱”问题整改销号率", "≥95%", "%", 15, None),
            (3, "入河排污口监测", "≥36", "个", 10, None),
            (4, "河湖水质监测样品数", "≥480", "个", 10, None),
            (5, "县控以上断面水质达标率", mk("≥90%%", "T116", "warning", note="% typed twice"),
             "%", 15, None),
            (6, "河湖保洁覆盖长度", "≥210", "公里", 10, None),
            (7, "涉河违法事件", "不发生", None, 10, "定性"),
            (8, "河湖长制公众知晓率", "≥85%", "%", 5, None),
            (9, "群众满意度", "≥90%", "%", 10, None),
            ("合计", None, None, None, 100, None),
        ],
    )  # fmt: skip
    b.file_mark("W101", "error", note="10+15+10+10+15+10+10+5+10 = 95, 合计 says 100")
    return b

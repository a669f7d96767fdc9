"""Housing provident fund centres (住房公积金管理中心): one-year projects with a money block and
its 测算依据, three-year projects with 中期 and 年度 columns, department tables with tasks
(ro01–ro06)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout265.common import (
    ONE,
    TWO,
    WAN4,
    book,
    detail,
    indicators,
    note,
    one_year_money,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout265.registry import variant
from tests.variants.kit import Book, mk, ok, pct


@variant("ro01-fund-hotline-bracket-note", (9, 13), "one-year project, NAT-2021, money block "
         "with 测算依据: an amount with a note in brackets, a 12329 hotline name, 总额 = 财政拨款, "
         "spaced numbers in 测算依据 text (correct)")  # fmt: skip
def ro01() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="住房公积金服务热线及短信平台运维项目",
        dept="青岚市住房公积金管理中心（402001）", unit="青岚市住房公积金管理中心",
        money=one_year_money(wan(86), wan(86), wan(0)),
        goals=["2026年保障12329服务热线13个人工座席稳定运行，人工接通率达到95%以上，全年发送"
               "业务提醒短信60万条以上，来电群众满意度达到92%以上。"],
    )  # fmt: skip
    detail(s, [
        ("热线座席外包服务", ok("52万(其中夜间值守 8万元)", note="a legitimate note in brackets"),
         "13 个座席 × 4 万元/年"),
        ("短信平台通道费", wan(18), "约 60 万条 × 0.3 元/条"),
        ("系统等保测评及维护", wan(16), "等保测评 6 万元，系统运维 10 万元"),
    ], wan(86))  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "热线人工座席数", "≥13个"),
        (None, None, "发送业务提醒短信条数", "≥60万条"),
        (None, "质量指标", "12329热线人工接通率", "≥95%"),
        (None, None, "来电工单归档完整率", "≥98%"),
        (None, "时效指标", "热线咨询工单办结时限", "≤3个工作日"),
        ("成本指标", "经济成本指标", "单条短信通道费", "≤0.3元/条"),
        (None, None, "单个座席年均外包费用", "≤4万元/个"),
        ("效益指标", "社会效益指标", "缴存职工政策咨询一次解答率", "≥90%"),
        (None, "可持续影响指标", "热线知识库更新机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "来电群众满意度", "≥92%"),
    ])  # fmt: skip
    note(s, "注：本表指标值均为2026年度目标。")
    sign(s, "许静岚", "陶文渊", "0571-8823 4567")
    return b


@variant("ro02-fund-split-line-nameless", (6, 9, 13), "one-year project, OLD-NAT, money block "
         "with 测算依据: a cost line split by a space, a value row without a name")  # fmt: skip
def ro02() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="住房公积金缴存扩面宣传项目", dept="白沙河区住房公积金管理部（311）",
        unit="白沙河区住房公积金管理部",
        money=one_year_money(wan(73.3625, WAN4), wan(73.3625, WAN4), wan(0)),
        goals=["2026年走访缴存单位300家，举办政策宣讲会20场，新增灵活就业人员缴存1500人以上。"],
    )  # fmt: skip
    detail(s, [
        ("灵活就业人员缴存宣传",
         mk("48.362 5", "X105", "warning", alt=("X103",), note="48.3625 split by a space"),
         "宣传折页、短视频制作及投放"),
        ("缴存单位上门走访", wan(15), "300 家 × 500 元/家"),
        ("政策宣讲会场租", wan(10), "20 场 × 5000 元/场"),
    ], wan(73.3625, WAN4))  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "走访缴存单位数", "≥300家"),
        (None, None, "举办政策宣讲会场次", "≥20场"),
        (None, "质量指标", "宣传资料内容准确率", "≥99%"),
        (None, "时效指标", "宣讲活动完成时间", "2026年11月30日前"),
        (None, "成本指标", "单场宣讲会场租费用", "≤5000元/场"),
        ("效益指标", "社会效益指标", "新增灵活就业缴存人数", "≥1500人"),
        (None, None, mk(None, "F110", "error", note="a value with no indicator name"), "≥85%"),
        (None, "可持续影响指标", "缴存扩面长效机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "缴存单位满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "钟雨桐", "梁启明", "0596-83124470")
    return b


@variant("ro03-fund-period-rates-equal", (8,), "three-year project, NAT-2021 with numbered "
         "tier-1s, 中期 and 年度 columns: rates, a response time and a unit cost equal in both, "
         "counts smaller in the year, a typed 100% (correct)")  # fmt: skip
def ro03() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=3, name="住房公积金数字化服务平台升级项目",
        dept="青岚市住房公积金管理中心（402001）", unit="青岚市住房公积金管理中心",
        money=period_money((wan(360), wan(300), wan(60)), (wan(150), wan(130), wan(20))),
        goals=["2026年—2028年完成公积金业务系统升级改造，累计上线“跨省通办”及“一件事”服务事项"
               "45项，线上业务办理占比达到90%以上。",
               "2026年完成核心业务系统架构改造，上线“跨省通办”及“一件事”服务事项18项，线上"
               "业务办理占比达到85%以上。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("一、产出指标", "数量指标", "累计上线线上服务事项", "≥45项", "≥18项"),
        (None, None, "完成系统功能模块改造", "≥12个", "≥5个"),
        (None, "质量指标", "系统上线验收合格率", "≥98%", "≥98%"),
        (None, None, "业务数据迁移准确率", pct(1), pct(1)),
        (None, "时效指标", "系统故障响应时间", "≤2小时", "≤2小时"),
        ("二、成本指标", "经济成本指标", "单个服务事项平均开发成本", "≤6万元/项", "≤6万元/项"),
        ("三、效益指标", "社会效益指标", "线上业务办理占比", "≥90%", "≥85%"),
        (None, "可持续影响指标", "数据安全管理制度", "健全", "健全"),
        ("四、满意度指标", "服务对象满意度指标", "缴存职工满意度", "≥92%", "≥90%"),
    ])  # fmt: skip
    sign(s, "许静岚", "陶文渊", "0571-88234567")
    return b


@variant("ro04-fund-period-copied", (8,), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: two cumulative counts copied into the year, the 年度目标 text copied from the "
         "中期目标")  # fmt: skip
def ro04() -> Book:
    b, s = book("Sheet1")
    goal = ("推进新市民、青年人和灵活就业人员缴存扩面，建立重点企业联系走访机制，提升归集扩面"
            "工作成效。")  # fmt: skip
    project_head(
        s, year=2026, years=3, name="住房公积金归集扩面三年行动项目",
        dept="临溪县住房公积金管理部（115）", unit="临溪县住房公积金管理部",
        money=period_money((wan(240), wan(240), wan(0)), (wan(80), wan(80), wan(0))),
        goals=[goal, mk(goal, "D204", "warning", note="年度目标 copied from 中期目标")],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "新增缴存职工人数", "≥9000人", "≥3000人"),
        (None, None, "走访重点企业数", "≥150家",
         mk("≥150家", "D202", "warning", note="a three-year cumulative count copied")),
        (None, None, "开展政策宣讲场次", "≥36场",
         mk("≥36场", "D202", "warning", note="a three-year cumulative count copied")),
        (None, "质量指标", "缴存基数核定准确率", "≥99%", "≥99%"),
        (None, "时效指标", "新开户业务办结时限", "≤1个工作日", "≤1个工作日"),
        ("成本指标", "经济成本指标", "单场宣讲平均费用", "≤4000元/场", "≤4000元/场"),
        ("效益指标", "社会效益指标", "新市民缴存政策知晓率", "≥85%", "≥80%"),
        (None, "可持续影响指标", "重点企业联系走访机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "缴存单位满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ro05-fund-department-direction", (9,), "department table with tasks, NAT-2021, value, "
         "unit and direction columns: 资金总额 = 财政拨款, a task text naming 45万元 twice, "
         "a small but real ≤0.3% (correct)")  # fmt: skip
def ro05() -> Book:
    b, s = book("Sheet1")
    department_head(
        s, year=2026, dept="青岚市住房公积金管理中心",
        budget=[(wan(1280), wan(1280), wan(0), wan(960), wan(320))],
        tasks=[("归集提取与热线服务", "受理缴存、提取业务，运维服务热线（座席外包45万元、短信通道"
                "45万元）", wan(150), "高效办理缴存提取业务"),
               ("个人住房贷款风险防控", "逾期贷款催收、抵押物评估及档案数字化", wan(98),
                "个贷逾期率控制在0.3%以内"),
               ("信息系统运行维护", "核心业务系统、数据共享接口运维及等保测评", wan(72),
                "系统可用率99.5%以上"),
               ("金额合计", None, wan(320), None)],
        goal="2026年个贷逾期率控制在0.3%以内，业务系统可用率达到99.5%以上，缴存职工满意度达到"
        "90%以上。",
    )  # fmt: skip
    indicators(s, (*ONE, "计量单位", "指标方向"), [
        ("产出指标", "数量指标", "办理住房公积金提取业务笔数", "≥80000", "笔", "正向"),
        (None, None, "个贷档案数字化扫描卷数", "≥6000", "卷", "正向"),
        (None, "质量指标", "个贷逾期率", "≤0.3", "%", "反向"),
        (None, None, "业务系统可用率", "≥99.5", "%", "正向"),
        (None, "时效指标", "提取业务平均办结时间", "≤1", "个工作日", "反向"),
        ("成本指标", "经济成本指标", "单卷档案数字化扫描成本", "≤60", "元/卷", "反向"),
        ("效益指标", "社会效益指标", "支持缴存职工住房消费户数", "≥5000", "户", "正向"),
        (None, "可持续影响指标", "个贷风险防控制度", "健全", None, "定性"),
        ("满意度指标", "服务对象满意度指标", "缴存职工满意度", "≥90", "%", "正向"),
    ])  # fmt: skip
    note(s, "说明：指标值与计量单位分列填写；指标方向填“正向”“反向”或“定性”。")
    sign(s, "严书宁", "陶文渊", "0571-88234590")
    return b


@variant("ro06-fund-dept-pasted-task", (6, 9, 13), "department table with tasks, NAT-2021: a "
         "task amount pasted twice, a 时效指标 template row left empty")  # fmt: skip
def ro06() -> Book:
    b, s = book("Sheet1")
    department_head(
        s, year=2026, dept="临溪县住房公积金管理部",
        budget=[(wan(436), wan(420), wan(16), wan(318), wan(118))],
        tasks=[("缴存扩面", "走访缴存单位、开展政策宣传",
                mk("45万45万(含宣传物料)", "X106", "error", alt=("B108",), note="45 pasted twice"),
                "走访缴存单位200家以上"),
               ("贷款风险管理", "逾期催收、抵押登记", wan(38), "个贷逾期率不高于0.4%"),
               ("档案管理", "个贷档案数字化", wan(35), "完成档案数字化4000卷"),
               ("金额合计", None, wan(118), None)],
        goal="2026年走访缴存单位200家以上，个贷逾期率不高于0.4%，完成档案数字化4000卷，缴存单位"
        "满意度达到90%以上。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "走访缴存单位数", "≥200家"),
        (None, None, "个贷档案数字化卷数", "≥4000卷"),
        (None, "质量指标", "个贷逾期率", "≤0.4%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="template row left empty"),
         None, None),
        ("成本指标", "经济成本指标", "单卷档案数字化成本", "≤80元/卷"),
        ("效益指标", "社会效益指标", "新增缴存职工人数", "≥800人"),
        (None, "可持续影响指标", "贷款风险防控机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "缴存单位满意度", "≥90%"),
    ])  # fmt: skip
    return b

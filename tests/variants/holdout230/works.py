"""校舍维修 and 教师培训: detail lines with 测算依据, unit prices times areas and trainees
against the money, stacked projects, an operator column (qf07–qf12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout230.common import (
    OPS,
    TWO,
    basis,
    book,
    indicators,
    lines,
    one_year_money,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout230.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

ONE_NOTE = ("一级指标", "二级指标", "三级指标", "指标值", "备注")


@variant("qf07-repair-detail-lines", (1, 12), "one-year project, detail lines with 测算依据 "
         "adding to 200万, unit prices × areas within the lines, a completion date in the year, "
         "=0起, 100% as Excel stores it (correct)")  # fmt: skip
def qf07() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="义务教育学校校舍维修改造项目", dept="丰溪县教育局（318）",
        unit="丰溪县教育基建服务中心", attr="一次性项目",
        money=one_year_money(wan(200), wan(180), wan(20)),
        goals=["2026年完成全县9所义务教育学校校舍维修改造，维修屋面及墙面9500平方米，8月31日"
               "前完工，确保秋季学期正常开学。"],
    )  # fmt: skip
    lines(s, "预算明细", [
        ("屋面防水改造", "5500平方米×150元/平方米", wan(82.5)),
        ("外墙及内墙翻新", "4000平方米×160元/平方米", wan(64)),
        ("门窗更换", "1910平方米×200元/平方米", wan(38.2)),
        ("消防设施改造", "9所×1.7万元/所", wan(15.3)),
    ], wan(200))  # fmt: skip
    indicators(s, ONE_NOTE, [
        ("产出指标", "数量指标", "维修改造学校数", "≥9所", None),
        (None, None, "校舍维修改造面积", "≥9500平方米", "屋面5500、墙面4000"),
        (None, "质量指标", "工程竣工验收合格率", pct(1), "按合同约定验收"),
        (None, "时效指标", "工程完工时间", "2026年8月31日前", "秋季开学前"),
        ("成本指标", "经济成本指标", "屋面防水改造单价", "≤150元/平方米", None),
        (None, None, "校均消防设施改造成本", "≤1.7万元/所", None),
        ("效益指标", "社会效益指标", "校舍安全隐患消除率", pct(1), None),
        (None, None, "施工期间安全责任事故", "=0起", None),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", "问卷调查"),
    ])  # fmt: skip
    sign(s, "汪明轩", "陶春燕", "0791-86520173")
    return b


@variant("qf08-repair-lines-off", (12,), "one-year project, detail lines adding to 145万 under a "
         "合计 of 150万, a completion date in the next year")  # fmt: skip
def qf08() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="农村学校校舍维修项目", dept="云岗县教育局（233）",
        unit="云岗县教育局计划财务股",
        money=one_year_money(wan(150), wan(150), wan(0)),
        goals=["2026年完成6所农村学校校舍维修，改造旱厕12座，修缮围墙800米，消除校舍安全隐患。"],
    )  # fmt: skip
    lines(s, "资金测算", [
        ("屋面维修", "3000平方米×150元/平方米", wan(45)),
        ("墙面修缮", "2375平方米×160元/平方米", wan(38)),
        ("旱厕改造", "12座×3.5万元/座", wan(42)),
        ("围墙修缮", "800米×250元/米", wan(20)),
    ], mk(wan(150), "B102", "error", row=True, note="45 + 38 + 42 + 20 = 145"))  # fmt: skip
    indicators(s, ONE_NOTE, [
        ("产出指标", "数量指标", "维修学校数", "≥6所", None),
        (None, None, "旱厕改造数量", "≥12座", None),
        (None, None, "围墙修缮长度", "≥800米", None),
        (None, "质量指标", "维修工程验收合格率", "≥98%", None),
        (None, "时效指标", "维修工程完工时间",
         mk("2027年8月31日前", "Y102", "error", note="a one-year project of 2026"), None),
        ("成本指标", "经济成本指标", "旱厕改造单座成本", "≤3.5万元/座", None),
        ("效益指标", "社会效益指标", "校舍安全隐患消除率", "≥95%", None),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", "问卷调查"),
    ])  # fmt: skip
    sign(s, "曹文静", "易海峰", "0743-52870391")
    return b


@variant("qf09-rural-teachers-multi-year", (8, 10), "3-year project, 中期/年度 columns, a "
         "测算依据 line: 1500元/人次 × 3600/1200人次 = 中期/年度 money, 百分点 targets, "
         "a 2028 date in the 中期 column, unit cost and rates equal (correct)")  # fmt: skip
def qf09() -> Book:
    b, s = book("绩效目标")
    project_head(
        s, year=2026, years=3, name="乡村教师能力提升培训项目", dept="棠溪县教育局（409）",
        unit="棠溪县教师发展中心",
        money=period_money((wan(540), wan(500), wan(40)), (wan(180), wan(165), wan(15))),
        goals=["2026—2028年累计培训乡村教师3600人次，其中骨干教师900人次，到2028年乡村教师"
               "教学能力测评优良率提高5个百分点以上。",
               "2026年培训乡村教师1200人次，其中骨干教师300人次，培训考核合格率达到95%以上。"],
    )  # fmt: skip
    basis(s, "按人均培训成本1500元测算：中期3600人次×1500元=540万元；年度1200人次×1500元"
             "=180万元。")  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "培训乡村教师人次", "≥3600人次", "≥1200人次"),
        (None, None, "其中：骨干教师培训人次", "≥900人次", "≥300人次"),
        (None, "质量指标", "培训考核合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度培训任务完成时间", "2028年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤1500元/人次", "≤1500元/人次"),
        ("效益指标", "社会效益指标", "乡村教师教学能力测评优良率", "提高≥5百分点",
         "提高≥2百分点"),
        (None, "可持续影响指标", "乡村教师培训长效机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "参训教师满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "林书瑶", "覃德胜", "0774-38125096")
    return b


@variant(
    "qf10-backbone-training-over",
    (9, 12),
    "one-year project, detail lines with 测算依据: "
    "a 专家授课费 typed in 元 in a 万元 block, a standard 3000元/人 × 800人 above the 180万",
)
def qf10() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="中小学骨干教师集中培训项目", dept="梅岭区教育局（102）",
        unit="梅岭区教师进修学校", attr="常年项目",
        money=one_year_money(wan(180), wan(180), wan(0)),
        goals=["2026年组织全区中小学骨干教师800人参加为期5天的集中培训，培训结业率达到98%。"],
    )  # fmt: skip
    lines(s, "预算明细", [
        ("食宿费", "800人×5天×270元/人·天", wan(108)),
        ("专家授课费", "60课时×6000元/课时",
         mk(wan(360000), "B110", "error", alt=("B102",), note="36万元 typed in 元")),
        ("教材资料费", "800人×270元/人", wan(21.6)),
        ("场地及设备租赁费", "12天×1.2万元/天", wan(14.4)),
    ], wan(180))  # fmt: skip
    indicators(s, ONE_NOTE, [
        ("产出指标", "数量指标", "培训骨干教师人数", "≥800人", None),
        (None, None, "集中培训天数", "≥5天", None),
        (None, "质量指标", "培训结业率", "≥98%", None),
        (None, "时效指标", "培训完成时间", "2026年10月31日前", None),
        ("成本指标", "经济成本指标", "人均培训标准",
         mk("≤3000元/人", "B107", "warning", row=True, note="3000 × 800 = 240万 > 180万"),
         None),
        ("效益指标", "社会效益指标", "骨干教师示范课开课率", "≥90%", None),
        ("满意度指标", "服务对象满意度指标", "参训教师满意度", "≥90%", "问卷调查"),
    ])  # fmt: skip
    sign(s, "黎家豪", "严淑芬", "0753-21968457")
    return b


@variant("qf11-it-training-operator-column", (1, 9, 12), "one-year project, tasks with 测算依据 "
         "adding to the 95万, a money cell with a note in brackets, an operator column with "
         "≥ and 95% as Excel stores it, a date typed as a date (correct)")  # fmt: skip
def qf11() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 16, 14))
    project_head(
        s, year=2026, name="中小学教师信息技术应用能力提升工程", dept="溪口县教育局（417）",
        unit="溪口县电化教育馆",
        money=one_year_money(ok("95万(其中省级补助60万元)"), wan(95), wan(0)),
        goals=["2026年完成全县2400名中小学教师信息技术应用能力线上研修，培训学科骨干240人，"
               "开展送教下乡30场，建设智慧课堂示范校4所。"],
    )  # fmt: skip
    lines(s, "年度任务", [
        ("全员线上研修", "2400人×150元/人", wan(36)),
        ("学科骨干工作坊", "240人×1500元/人", wan(36)),
        ("送教下乡", "30场×0.5万元/场", wan(15)),
        ("智慧课堂示范校建设", "4所×2万元/所", wan(8)),
    ], wan(95))  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "线上研修教师人数", "≥", 2400, "人"),
        (None, None, "学科骨干工作坊学员", "≥", 240, "人"),
        (None, None, "送教下乡场次", "≥", 30, "场"),
        (None, None, "智慧课堂示范校", "=", 4, "所"),
        (None, "质量指标", "线上研修考核合格率", "≥", pct(0.95), "%"),
        (None, "时效指标", "线上研修完成时间", "≤", day(2026, 11, 30, CN_DATE), None),
        ("成本指标", "经济成本指标", "线上研修人均成本", "≤", 150, "元/人"),
        (None, None, "骨干工作坊人均成本", "≤", 1500, "元/人"),
        ("效益指标", "社会效益指标", "教师信息技术应用能力达标率", "≥", 90, "%"),
        ("满意度指标", "服务对象满意度指标", "参训教师满意度", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, "任可欣", "包永强", "0577-64290318")
    return b


@variant("qf12-stacked-dormitory-playground", (2, 8), "two stacked 2-year projects with 中期/"
         "年度 columns: 周转宿舍 120套 in both columns (the 年度目标 says 60套), a 年度 total "
         "above the 中期 total in the second project")  # fmt: skip
def qf12() -> Book:
    b, s = book("项目绩效目标")
    project_head(
        s, year=2026, years=2, name="乡村教师周转宿舍建设项目", dept="石溪县教育局（326）",
        unit="石溪县教育局", attr="新增项目",
        money=period_money((wan(960), wan(900), wan(60)), (wan(480), wan(450), wan(30))),
        goals=["2026—2027年在6所乡村学校新建教师周转宿舍120套，建筑面积3840平方米。",
               "2026年完成建筑面积1920平方米，主体结构完工60套。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "新建教师周转宿舍", "≥120套",
         mk("≥120套", "D202", "warning", row=True, alt=("D104",), note="年度目标 says 60套")),
        (None, None, "周转宿舍建筑面积", "≥3840平方米", "≥1920平方米"),
        (None, "质量指标", "工程验收合格率", pct(1), pct(1)),
        ("成本指标", "经济成本指标", "建安工程单价", "≤2500元/平方米", "≤2500元/平方米"),
        ("效益指标", "社会效益指标", "乡村教师住宿条件改善", "明显改善", "有所改善"),
        ("满意度指标", "服务对象满意度指标", "入住教师满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, years=2, name="学校运动场改造项目", dept="石溪县教育局（326）",
        unit="石溪县教育局", attr="新增项目", title="",
        money=period_money((wan(400), wan(400), wan(0)),
                           (mk(wan(460), "B103", "error", note="年度 460 > 中期 400"),
                            wan(430), wan(30))),
        goals=["2026—2027年改造8所中小学运动场，铺设塑胶跑道。",
               "2026年完成4所学校运动场改造并投入使用。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "改造运动场数量", "≥8个", "≥4个"),
        (None, "质量指标", "工程验收合格率", pct(1), pct(1)),
        (None, "时效指标", "改造工程完工时间", "2027年8月31日前", "2026年12月31日前"),
        ("效益指标", "社会效益指标", "学生体育活动场地达标率", "≥95%", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "付晓雯", "莫建军", "0776-42618035")
    return b

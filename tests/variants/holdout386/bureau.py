"""Postal administration and philatelic department returns (wf13–wf18): flat lists, tier labels,
department money blocks."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout386.common import YEAR, funds, indicators, new, notes, sign, wan
from tests.variants.holdout386.registry import variant
from tests.variants.kit import Book, mk, pct

DEPT = "苍岭县邮政管理局"
BUDGET = [(wan(180), wan(160), wan(20), wan(110), wan(70))]
TASKS = [
    ("邮票发行监管", "检查邮票销售网点和集邮市场", wan(25), "检查网点≥60个"),
    ("集邮文化推广", "举办县级邮展和集邮进校园", wan(45), "举办邮展1届"),
    ("金额合计", None, wan(70), None),
]


@variant("wf13-flat-department", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "a percent cell, a 下降率 with ≥, weights add to 100 (correct)")  # fmt: skip
def wf13() -> Book:
    b, s = new()
    department_head(s, year=YEAR, dept=DEPT, budget=BUDGET, tasks=TASKS,
                    goal="规范邮票发行和集邮市场秩序，办好第七届县级邮展。")  # fmt: skip
    indicators(s, ("序号", "指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        (1, "检查邮票销售网点数", 20, "个", "≥", 60),
        (2, "举办县级邮展", 15, "届", "≥", 1),
        (3, "邮展展品参展框数", 15, "框", "≥", 80),
        (4, "违规销售邮票案件查处率", 15, "%", "≥", pct(0.95)),
        (5, "集邮市场投诉下降率", 10, "%", "≥", 10),
        (6, "邮展组织费用", 10, "万元", "≤", 30),
        (7, "邮展观众满意度", 15, "%", "≥", 90),
    ], merged=())  # fmt: skip
    s.row(None, "合计", 100)
    sign(s, "隋景和", "0764-3390218")
    return b


@variant("wf14-flat-defects", (3, 11),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
         "计量单位 · 权重): a unit conflict, ≥ on a 反向 rate, weights adding to 95")  # fmt: skip
def wf14() -> Book:
    b, s = new()
    b.file_mark("W101", "error", note="权重 20+20+15+10+10+20 = 95，应为 100")
    department_head(s, year=YEAR, dept="澄湾市集邮协会秘书处", budget=[
        (wan(96), wan(80), wan(16), wan(56), wan(40)),
    ], goal="组织会员开展集邮交流，编印会刊，办好青少年集邮夏令营。")  # fmt: skip
    indicators(s, ("指标名称", "指标值", "指标性质", "计量单位", "权重"), [
        ("编印集邮会刊期数", "≥6", "正向", "期", 20),
        ("会刊印制成本",
         mk("≤1.5万元", "T112", "error", note="值的单位万元与计量单位列“本”冲突"),
         "反向", "本", 20),
        ("青少年集邮夏令营营员", "≥120", "正向", "人", 15),
        ("会员邮品鉴定差错率",
         mk("≥2", "T108", "warning", row=True, note="差错率是反向指标，应为 ≤"),
         "反向", "%", 10),
        ("会员活动参与率", "≥80", "正向", "%", 10),
        ("会员满意度", "≥90", "正向", "%", 20),
    ], merged=())  # fmt: skip
    sign(s, "詹望舒", "0762-7740315")
    return b


@variant("wf15-decorated-labels", (5,),
         "project, NAT-2021, tier labels numbered with points in the tier-1 label, marks (*, ★) "
         "and abbreviations (数量, 满意度), header 绩效目标值 (correct)")  # fmt: skip
def wf15() -> Book:
    b, s = new()
    project_head(s, year=YEAR, name="邮政业务史口述访谈", dept="雁汀县邮政管理局（405113）",
                 unit="雁汀县邮政史料陈列馆", money=funds((15, 15, 0)),
                 goals=["采访老邮递员、老集邮家40人，整理口述史料并出版访谈集。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "绩效目标值"), [
        ("一、产出指标（40分）", "（一）数量", "完成口述访谈人数", "≥40人"),
        (None, None, "整理访谈文字稿", "≥60万字"),
        (None, "（二）*质量", "访谈音视频完整率", "≥95%"),
        (None, "（三）时效", "访谈集出版时间", "11月30日前"),
        ("二、成本指标（20分）", "1.经济成本", "人均访谈及整理费用", "≤2500元/人"),
        ("三、效益指标（30分）", "★1.社会效益", "访谈集赠阅单位", "≥50家"),
        (None, "2.可持续影响", "口述史料入档率", "≥95%"),
        ("四、满意度（10分）", "服务对象满意度", "受访者满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "庞嘉禾", "0753-7781026")
    return b


@variant("wf16-wrong-parent-no-name", (5, 13),
         "project, NAT-2021, numbered labels: a 时效 tier-2 under 效益指标, an indicator row "
         "with a value but no name")  # fmt: skip
def wf16() -> Book:
    b, s = new()
    project_head(s, year=YEAR, name="集邮展览巡回展", dept="檀溪区文化和旅游局（612015）",
                 unit="檀溪区文化馆", money=funds((22, 18, 4)),
                 goals=["将“方寸山河”集邮展巡回至全区8个街道，接待观众1.6万人次。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("一、产出指标", "1.数量指标", "巡回展出街道数", "≥8个"),
        (None, None, mk(None, "F110", "error", note="有指标值却没有指标名称"), "≥64框"),
        (None, "2.质量指标", "展品安全完好率", "100%"),
        ("二、成本指标", "1.经济成本指标", "每站布展运输费用", "≤2万元/站"),
        ("三、效益指标", mk("1.时效指标", "F105", "error", note="时效指标属产出指标"),
         "巡展完成时间", "10月31日前"),
        (None, "2.社会效益指标", "接待观众人次", "≥16000人次"),
        ("四、满意度指标", "1.服务对象满意度指标", "观众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "尹北辰", "0766-5182093")
    return b


@variant("wf17-department-money", (12,),
         "department, NAT-2021: budget with shares typed as percentages, key tasks adding to "
         "金额合计 = 项目支出, a footnote explaining the total (correct)")  # fmt: skip
def wf17() -> Book:
    b, s = new()
    department_head(s, year=YEAR, dept="栖梧市邮政博物馆", budget=[
        (wan(500), wan(400), wan(100), wan(300), wan(200)),
        (pct(1), pct(0.8), pct(0.2), pct(0.6), pct(0.4)),
    ], tasks=[
        ("专题邮展", "举办“驿路千年”等专题邮展", wan(80), "专题展≥4个"),
        ("藏品保护", "珍贵邮票恒温恒湿保存和修复", wan(70), "修复藏品≥300件"),
        ("数字博物馆运维", "线上展厅和藏品库运维", wan(50), "平台可用率≥99%"),
        ("金额合计", None, wan(200), None),
    ], goal="办好专题邮展，保护珍贵邮票藏品，服务观众12万人次。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "举办专题邮展", "≥4个"),
        (None, None, "修复珍贵邮票藏品", "≥300件"),
        (None, "质量指标", "数字平台可用率", "≥99%"),
        (None, "时效指标", "藏品修复完成时间", "12月20日前"),
        ("成本指标", "经济成本指标", "单件藏品修复成本", "≤2000元/件"),
        ("效益指标", "社会效益指标", "年接待观众人次", "≥120000人次"),
        (None, "可持续影响指标", "珍贵藏品库房温湿度达标率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥92%"),
    ])  # fmt: skip
    notes(s, "注：金额合计200万元为项目支出合计，不含基本支出300万元。")
    sign(s, "闵书瑶", "0751-6623418")
    return b


@variant("wf18-department-money-wrong", (12, 6),
         "department, NAT-2021: 资金总额 ≠ 基本支出 + 项目支出, tasks not adding to 金额合计, a "
         "tier-2 left from the template with no indicator")  # fmt: skip
def wf18() -> Book:
    b, s = new()
    department_head(s, year=YEAR, dept="澄湾市邮政管理局", budget=[
        (mk(wan(380), "B101", "error", note="财政 320 + 其他 60 = 380，基本 220 + 项目 150 = 370"),
         wan(320), wan(60), wan(220), wan(150)),
    ], tasks=[
        ("邮票发行监管", "邮票销售网点和集邮市场检查", wan(60), "检查网点≥100个"),
        ("邮政普遍服务监督", "乡镇邮政网点服务质量抽查", wan(50), "抽查网点≥40个"),
        ("集邮文化宣传", "“世界邮政日”集邮宣传", wan(30), "宣传活动≥10场"),
        ("金额合计", None, mk(wan(150), "B102", "error", note="60 + 50 + 30 = 140"), None),
    ], goal="规范邮票发行秩序，提升邮政普遍服务质量。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "检查邮票销售网点", "≥100个"),
        (None, None, "抽查乡镇邮政网点", "≥40个"),
        (None, "质量指标", "检查问题整改率", "≥95%"),
        ("成本指标", "经济成本指标", "单个网点检查成本", "≤0.5万元/个"),
        ("效益指标", "社会效益指标", "邮政普遍服务用户申诉处理率", "≥98%"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note="模板行未填写"), None, None),
        ("满意度指标", "服务对象满意度指标", "用邮群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "詹望舒", "0762-7740315")
    return b

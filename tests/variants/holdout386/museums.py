"""Postal museum returns (wf07–wf12): exhibitions, collections, a museum building project."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout386.common import YEAR, funds, indicators, new, notes, sign, wan
from tests.variants.holdout386.registry import variant
from tests.variants.kit import CN_DATE, Book, C, day, mk, ok

ONE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("wf07-museum-footnotes", (4,),
         "project, OLD-NAT, one value column; an instruction row inside the table, 注 and "
         "填表说明 lines, signature and a fill date in the prior year (correct)")  # fmt: skip
def wf07() -> Book:
    b, s = new()
    project_head(s, year=YEAR, name="栖梧市邮政博物馆常设展陈提升",
                 dept="栖梧市文化广电旅游局（328011）", unit="栖梧市邮政博物馆",
                 money=funds((120, 100, 20)),
                 goals=["更新“驿路邮程”常设展厅展线，新增实物展品150件。"])  # fmt: skip
    s.row(*ONE_HEAD)
    s.row("（请按一级、二级指标逐项填写三级指标，不得删除带★的指标）", merge=[(1, 4)])
    s.table([
        ("产出指标", "数量指标", "新增上展实物展品", "≥150件"),
        (None, None, "更新展线长度", "≥320米"),
        (None, "质量指标", "★展陈工程验收合格率", "100%"),
        (None, "时效指标", "展厅重新开放时间", "9月30日前"),
        (None, "成本指标", "展陈改造费用", "≤110万元"),
        ("效益指标", "社会效益指标", "年接待观众人次", "≥60000人次"),
        (None, "可持续影响指标", "展品预防性保护措施", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    notes(s, "注：1.展陈改造费用含设计、制作和布展，另10万元为展品保险，合计120万元。",
          "2.验收合格率以市文物部门验收结论为准。", width=4)  # fmt: skip
    notes(s, "填表说明：指标值应量化，定性指标须写明评价等级。", width=4)
    sign(s, "闵书瑶", "0751-6623418", day(YEAR - 1, 10, 28, CN_DATE))
    s.row("单位负责人（签字）：", None, "单位（盖章）")
    return b


DEPT_HEAD = ("一级指标", "二级指标", "指标内容", "绩效标准", "权重")


@variant("wf08-museum-page-break", (4, 7),
         "department (postal history hall), NAT-2021, headers 指标内容 and 绩效标准 with a weight "
         "column; header repeated after a page break, subtotals and a total (correct)")  # fmt: skip
def wf08() -> Book:
    b, s = new()
    department_head(s, year=YEAR, dept="雁汀县邮政史料陈列馆", budget=[
        (wan(260), wan(230), wan(30), wan(150), wan(110)),
    ], tasks=[
        ("邮政史料征集", "征集清代至当代邮政实物和文献", wan(40), "入藏史料≥200件"),
        ("集邮社教活动", "开展邮票知识讲座和研学", wan(30), "活动≥24场"),
        ("馆舍维护", "展厅恒温恒湿设备维护", wan(40), "设备完好率≥95%"),
        ("金额合计", None, wan(110), None),
    ], goal="做好邮政史料征集、保管和展示，服务观众7万人次。")  # fmt: skip
    indicators(s, DEPT_HEAD, [
        ("产出指标", "数量指标", "征集入藏邮政史料", "≥200件", 15),
        (None, None, "集邮讲座和研学活动", "≥24场", 15),
        (None, "质量指标", "入藏史料登记建档率", "≥98%", 10),
        (None, "时效指标", "新征集史料登记时限", "≤30个工作日", 10),
        ("", "", "小计", None, 50),
    ])  # fmt: skip
    s.skip()
    indicators(s, DEPT_HEAD, [
        ("成本指标", "经济成本指标", "恒温恒湿设备年维护费", "≤40万元", 10),
        ("效益指标", "社会效益指标", "年接待观众人次", "≥70000人次", 15),
        (None, "可持续影响指标", "馆藏史料损毁件数", "0件", 15),
        ("", "", "成本和效益小计", None, 40),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%", 10),
        ("", "", "合计", None, 100),
    ])  # fmt: skip
    sign(s, "庞嘉禾", "0753-7781026")
    return b


WORD_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("wf09-museum-notes-defect", (4, 11),
         "project, OLD-NAT, operator in words in its own column, unit column, a 说明 row "
         "between tiers; 大于等于 on a 反向 rate, a rate over 100, a late deadline")  # fmt: skip
def wf09() -> Book:
    b, s = new()
    project_head(s, year=YEAR, name="邮政博物馆馆藏邮票修复", dept="澄湾市文化广电旅游局（317020）",
                 unit="澄湾市邮政博物馆", money=funds((38, 38, 0)),
                 goals=["修复受潮馆藏邮票及实寄封600件，年内完成修复入库。"])  # fmt: skip
    late: C = day(YEAR + 1, 3, 31, CN_DATE)
    indicators(s, WORD_HEAD, [
        ("产出指标", "数量指标", "修复邮票及实寄封", "大于等于", 600, "件"),
        (None, "质量指标", "修复后藏品完好率", "大于等于",
         mk(102, "T106", "error", note="完好率上限 100%"), "%"),
        (None, "时效指标", "修复入库完成时间", "小于等于",
         mk(late, "Y102", "error", row=True, note="一年期项目，期限落在次年"), None),
        (None, "成本指标", "单件修复成本", "小于等于", 600, "元/件"),
        ("说明：以下效益和满意度指标按年度观众调查结果评价。", "", None, None, None, None),
        ("效益指标", "社会效益指标", "修复藏品上展件数", "大于等于", 120, "件"),
        (None, None, "观众投诉率",
         mk("大于等于", "T108", "warning", row=True, note="投诉率是反向指标"), 1, "%"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    sign(s, "邝晓岚", "0762-3318406")
    return b


YEARS_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("wf10-museum-build-years", (8,),
         "three-year museum building project, NAT-2021, 中期 and 年度 columns: counts lower in "
         "the year, rates and a 0起 incident count equal in both (correct)")  # fmt: skip
def wf10() -> Book:
    b, s = new()
    project_head(s, year=YEAR, years=3, name="苍岭县邮政博物馆新馆建设",
                 dept="苍岭县文化和旅游局（533010）", unit="苍岭县邮政博物馆筹建办",
                 attr="新增项目", money=funds((900, 800, 100), (300, 260, 40)),
                 goals=["2026—2028年建成邮政博物馆新馆4500平方米并开馆，布设展品3000件。",
                        "2026年完成主体结构施工，完成展陈设计方案。"])  # fmt: skip
    indicators(s, YEARS_HEAD, [
        ("产出指标", "数量指标", "新馆建筑面积", "≥4500平方米", "≥1500平方米"),
        (None, None, "布设展品件数", "≥3000件", "≥600件"),
        (None, "质量指标", "分部工程验收合格率", "100%", "100%"),
        (None, "时效指标", "主体结构完工时间", "2027年6月30日前", ok("—", note="本年度不涉及")),
        ("成本指标", "经济成本指标", "新馆建安工程费用", "≤820万元", "≤280万元"),
        (None, "社会成本指标", "施工安全责任事故", "0起", "0起"),
        ("效益指标", "社会效益指标", "开馆后年接待观众人次", "≥50000人次",
         ok("—", note="开馆后才接待")),
        (None, "可持续影响指标", "馆藏集邮文物库房达标率", "≥95%", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥85%", "≥85%"),
    ])  # fmt: skip
    sign(s, "柯蔓青", "0764-3390257")
    return b


@variant("wf11-museum-years-copied", (8,),
         "two-year museum digitisation project, OLD-NAT, 中期 and 年度 columns: goal text copied, "
         "a cumulative count copied, an annual count above its period count")  # fmt: skip
def wf11() -> Book:
    b, s = new()
    goal = "完成馆藏邮票及邮政档案高清数字化，建成线上邮票博物馆。"
    project_head(
        s,
        year=YEAR,
        years=2,
        name="邮政博物馆藏品数字化",
        dept="檀溪区文化和旅游局（612015）",
        unit="檀溪区邮政博物馆",
        money=funds((70, 60, 10), (40, 34, 6)),
        goals=[goal, mk(goal, "D204", "warning", note="两年期项目，年度目标照抄中期目标")],
    )
    indicators(s, YEARS_HEAD, [
        ("产出指标", "数量指标", "藏品数字化件数", "≥8000件",
         mk("≥8000件", "D202", "warning", note="累计件数的年度值照抄中期值")),
        (None, None, "线上专题展数量", "≥6个",
         mk("≥9个", "D201", "error", note="年度 9 个超过两年合计 6 个")),
        (None, "质量指标", "图像采集合格率", "≥98%", "≥98%"),
        (None, "时效指标", "线上博物馆上线时间", "2027年10月31日前", ok("—", note="次年上线")),
        (None, "成本指标", "单件数字化采集成本", "≤45元/件", "≤45元/件"),
        ("效益指标", "社会效益指标", "线上博物馆访问人次", "≥100000人次", "≥30000人次"),
        ("满意度指标", "服务对象满意度指标", "线上观众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "尹北辰", "0766-5182093")
    return b


@variant("wf12-export-second-sheet", (7, 9),
         "budget-system export: money on sheet 05-1, indicators on sheet 05-2 with codes in the "
         "first columns, header on the third row; a rate as a count, a date serial")  # fmt: skip
def wf12() -> Book:
    b, s = new("部门项目支出预算05-1", (14, 12, 30, 14, 14, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 6)
    s.row("单位：澄湾市邮政管理局", None, None, None, None, "单位：万元")
    s.row("项目编码", "单位编码", "项目名称", "合计", "财政拨款", "其他资金")
    s.row("31700226001", "317002", "邮资机网点布设", wan(48), wan(40), wan(8))
    s.row("31700226002", "317002", "集邮业务培训", wan(12), wan(12), wan(0))
    s.row("合计", None, None, wan(60), wan(52), wan(8))
    t = b.sheet("部门项目支出绩效目标05-2", (14, 12, 16, 30, 18))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 5)
    t.row("单位：澄湾市邮政管理局")
    rows = [
        ("31700226001", "产出指标", "数量指标", "新布设邮资机网点", "≥36个"),
        (
            "31700226001",
            None,
            "质量指标",
            "邮资机网点覆盖率",
            mk("36个", "T105", "error", note="覆盖率写成个数"),
        ),
        (
            "31700226001",
            None,
            "时效指标",
            "网点布设完成时间",
            mk("46295", "X104", "warning", note="文本中的日期序列号，即2026年9月30日"),
        ),
        ("31700226001", None, "成本指标", "单台邮资机购置安装成本", "≤1.2万元/台"),
        ("31700226001", "效益指标", "社会效益指标", "用邮群众就近办理率提升", "提高≥5百分点"),
        ("31700226001", "满意度指标", "服务对象满意度指标", "用邮群众满意度", "≥90%"),
        ("31700226002", "产出指标", "数量指标", "培训集邮业务人员", "≥150人次"),
        ("31700226002", None, "质量指标", "培训考核合格率", "≥95%"),
        ("31700226002", None, "成本指标", "人均培训费用", "≤800元/人次"),
        ("31700226002", "效益指标", "社会效益指标", "集邮业务差错投诉下降率", "≥10%"),
        ("31700226002", "满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
    ]
    indicators(t, ("项目编码", "一级指标", "二级指标", "三级指标", "预期实现值"), rows,
               merged=(2, 3))  # fmt: skip
    return b

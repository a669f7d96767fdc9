"""Returns sh13–sh18: 户籍和出入境服务 (a table on a second sheet, other header words, a
budget-system export, template rows, marked and abbreviated tier labels, operators in words)."""

from __future__ import annotations

from tests.variants.holdout284.common import (
    YEAR,
    book,
    indicators,
    notes,
    one_year,
    page_break,
    project,
    sign,
    wan,
)
from tests.variants.holdout284.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, money, pct

BASIS = ("一级指标", "二级指标", "考核指标", "预期实现值", "指标值设定依据")
STANDARD = ("一级指标", "二级指标", None, "指标值", "计量单位", None)
CODES = ("项目代码", "项目名称", "年度绩效目标", "一级指标", "二级指标", "三级指标", "指标值")
WORDS = ("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位")
MARKED = ("一级指标", "二级指标", "三级指标", "符号", "指标值", "单位")


@variant("sh13-hukou-second-sheet", (7,),
         "project: head on 基本信息, the OLD-NAT indicator table on a second sheet under "
         "考核指标 / 预期实现值 with a 指标值设定依据 column (correct)")  # fmt: skip
def sh13() -> Book:
    b, s = book("基本信息")
    project(s, "鹤汀区户籍业务“一窗通办”便民服务项目", "鹤汀区公安分局（206005）",
            "鹤汀区公安分局户政管理科", one_year(wan(65), wan(65), wan(0)),
            ["全年办理户籍业务46000件以上，新增自助办证设备8台，实现户籍业务"
             "“一窗通办”。"])  # fmt: skip
    t = b.sheet("绩效指标", (16, 18, 30, 16, 16))
    t.title("鹤汀区户籍业务“一窗通办”便民服务项目绩效指标", 5)
    indicators(t, BASIS, [
        ("产出指标", "数量指标", "户籍业务办理量", "≥46000件", "历史标准"),
        (None, None, "新增自助办证设备", "≥8台", "计划标准"),
        (None, "质量指标", "户籍业务一次办结率", "≥98%", "行业标准"),
        (None, "时效指标", "跨省户口迁移办理时限", "≤5个工作日", "行业标准"),
        (None, "成本指标", "自助办证设备购置单价", "≤6万元/台", "计划标准"),
        ("效益指标", "社会效益指标", "群众办事跑动次数下降率", "≥30%", "计划标准"),
        (None, "可持续影响指标", "“一窗通办”工作机制", "建立并执行", "计划标准"),
        ("满意度指标", "服务对象满意度指标", "办事群众满意度", "≥95%", "历史标准"),
    ])  # fmt: skip
    sign(t, "伍海澄", "霍蔓", "0713-2207754", day(2024, 12, 2, CN_DATE))
    return b


@variant("sh14-exit-entry-two-row-header", (7, 4),
         "project, OLD-NAT, two-row header (指标内容, 绩效标准 over 指标值 and 计量单位, 分值), "
         "header repeated after a page break, a 合计 row and a 说明 row (correct)")  # fmt: skip
def sh14() -> Book:
    b, s = book()
    project(s, "霁川市出入境证件受理点扩容项目", "霁川市公安局（101006）",
            "霁川市公安局出入境管理支队", one_year(wan(260), wan(200), wan(60)),
            ["新增出入境自助受理设备12台，全年受理出入境证件85000件以上，窗口平均等候时长"
             "下降20%。"], attr="一次性项目")  # fmt: skip
    top = s.row("指标层级", None, "指标内容", "绩效标准", None, "分值", merge=[(1, 2), (4, 5)])
    indicators(s, STANDARD, [
        ("产出指标", "数量指标", "新增出入境自助受理设备", "≥12", "台", 10),
        (None, None, "年度出入境证件受理量", "≥85000", "件", 10),
        (None, "质量指标", "证件制发差错率", "≤0.5", "%", 10),
        (None, "时效指标", "普通护照办证时限", "≤7", "工作日", 10),
        (None, "成本指标", "自助受理设备购置单价", "≤18", "万元/台", 10),
    ])  # fmt: skip
    for col in (3, 6):
        s.ws.merge_cells(start_row=top, start_column=col, end_row=top + 1, end_column=col)
    page_break(s)
    s.row("一级指标", "二级指标", "指标内容", "指标值", "计量单位", "分值")
    s.table([
        ("效益指标", "社会效益指标", "窗口平均等候时长下降率", "≥20", "%", 15),
        (None, "可持续影响指标", "自助受理设备使用年限", "≥6", "年", 15),
        ("满意度指标", "服务对象满意度指标", "办证群众满意度", "≥92", "%", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("合计", None, None, None, None, 100, merge=[(1, 5)])
    notes(s, "说明：绩效标准栏填写比较符和数值，计量单位单列；分值合计100分。")
    sign(s, "邝振宇", "庄雨萱", "0758-2046637", day(2024, 11, 12, CN_DATE))
    return b


@variant("sh15-exit-entry-export", (7, 9),
         "budget-system export: 部门项目支出预算05-1 and 部门项目支出绩效目标05-2, header on the "
         "third row, codes in the first columns: a placeholder value, a date serial as "
         "text")  # fmt: skip
def sh15() -> Book:
    b, s = book("部门项目支出预算05-1", (22, 20, 14, 14, 14, 14))
    s.title(f"{YEAR}年度部门项目支出预算表", 6)
    s.row("单位：鹭汀市公安局出入境管理支队", None, None, None, "金额单位：万元")
    s.row("项目代码", "项目名称", "项目类别", "预算金额合计", "财政拨款", "其他资金")
    s.row("361002251000000417", "出入境管理服务经费", "经常性项目", money(186), money(170),
          money(16))  # fmt: skip
    s.row("合计", None, None, money(186), money(170), money(16))
    t = b.sheet("部门项目支出绩效目标05-2", (22, 20, 34, 12, 18, 28, 14))
    t.title(f"{YEAR}年度部门项目支出绩效目标表", 7)
    t.row("单位：鹭汀市公安局出入境管理支队", None, None, None, None, None, "金额单位：万元")
    serial = mk("45961", "X104", "warning", note="文本单元格里的日期序列号，即2025-10-31")
    holder = mk("≥XX件", "X101", "error", note="残留占位符，没有填写数值")
    goal = "全年受理出入境证件52000件以上，完成出入境业务系统升级，群众办证满意度90%以上。"
    indicators(t, CODES, [
        ("361002251000000417", "出入境管理服务经费", goal, "产出指标", "数量指标",
         "出入境证件受理量", "≥52000件"),
        (None, None, None, None, None, "边检协查通报处理量", holder),
        (None, None, None, None, "质量指标", "证件信息采集合格率", "≥99%"),
        (None, None, None, None, "时效指标", "出入境业务系统升级完成时间", serial),
        (None, None, None, None, "成本指标", "单本证件制作成本", "≤30元/本"),
        (None, None, None, "效益指标", "社会效益指标", "出入境业务网上预约率", "≥60%"),
        (None, None, None, "满意度指标", "服务对象满意度指标", "办证群众满意度", "≥90%"),
    ], merged=(1, 2, 3, 4, 5))  # fmt: skip
    return b


@variant("sh16-hukou-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: a template tier-2 left without indicator, a value "
         "under a name cell holding only a full-width space")  # fmt: skip
def sh16() -> Book:
    b, s = book()
    project(s, "桐坞县户籍档案数字化整理项目", "桐坞县公安局（312001）",
            "桐坞县公安局户政管理大队", one_year(wan(72), wan(72), wan(0)),
            ["完成全县历年户籍档案100万页数字化整理，建立电子档案目录，档案查询由人工翻阅改为"
             "系统检索。"], attr="一次性项目")  # fmt: skip
    blank = mk("\u3000", "F110", "error", note="名称格只有一个全角空格，却填了指标值≥98%")
    left = mk("经济效益指标", "F109", "warning", row=True, note="模板留下的二级指标，未填写")
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "数字化整理户籍档案", "≥100万页"),
        (None, None, "建立电子档案目录条目", "≥12万条"),
        (None, "质量指标", "档案扫描图像合格率", "≥99%"),
        (None, None, blank, "≥98%"),
        (None, "时效指标", "数字化整理完成时间", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "单页档案数字化成本", "≤0.6元/页"),
        ("效益指标", left, None, None),
        (None, "社会效益指标", "户籍档案查询平均时长下降率", "≥50%"),
        (None, "可持续影响指标", "电子档案异地备份", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "档案查询群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "贺明川", "祁凌", "0739-6610439", day(2024, 11, 20, CN_DATE))
    return b


@variant("sh17-exit-entry-marked-labels", (5, 1),
         "project, OLD-NAT, tier labels marked with * and abbreviated (产出, 数量), ★ core "
         "indicators, operator and unit columns, typed percent cells (correct)")  # fmt: skip
def sh17() -> Book:
    b, s = book()
    project(s, "澄渚县出入境接待大厅自助签注设备购置项目", "澄渚县公安局（415002）",
            "澄渚县公安局出入境管理大队", one_year(wan(96), wan(90), wan(6)),
            ["购置自助签注一体机6台，全年自助签注业务18000件以上，自助签注占比达到70%。"],
            attr="一次性项目")  # fmt: skip
    indicators(s, MARKED, [
        ("*产出", "数量", "★购置自助签注一体机", "≥", 6, "台"),
        (None, None, "★自助签注业务量", "≥", 18000, "件"),
        (None, "质量", "设备验收合格率", "=", pct(1), "%"),
        (None, "时效", "设备安装调试完成时间", "≤", day(2025, 6, 30, CN_DATE), None),
        (None, "成本", "单台设备购置价格", "≤", 15, "万元/台"),
        ("*效益", "社会效益", "自助签注业务占比", "≥", pct(0.7), "%"),
        (None, "可持续影响", "设备免费维保期", "≥", 3, "年"),
        ("*满意度", "服务对象满意度", "办证群众满意度", "≥", pct(0.93), "%"),
    ])  # fmt: skip
    notes(s, "注：带★的为核心指标，不得删除；带*的为必填项目。")
    sign(s, "龚启帆", "华思敏", "0745-3318264", day(2024, 11, 26, CN_DATE))
    return b


@variant("sh18-residence-operator-words", (11, 1),
         "project, OLD-NAT, operators in words in a 指标方向 column, typed percent cells: a "
         "差错率 with 大于等于, a go-live date after the one-year project")  # fmt: skip
def sh18() -> Book:
    b, s = book()
    project(s, "石蓼区流动人口居住登记信息采集项目", "石蓼区公安分局（208003）",
            "石蓼区公安分局人口管理大队", one_year(wan(58), wan(50), wan(8)),
            ["全年采集流动人口居住登记信息52000条以上，发放居住证9000张，实有人口信息登记率"
             "达到95%。"])  # fmt: skip
    wrong = mk("大于等于", "T108", "warning", row=True, note="差错率是反向指标，应为小于等于")
    late = mk(day(2026, 3, 31, CN_DATE), "Y102", "error",
              note="一年期项目（2025年1月1日至12月31日）的上线时间落在2026年")  # fmt: skip
    indicators(s, WORDS, [
        ("产出指标", "数量指标", "采集流动人口居住登记信息", "大于等于", 52000, "条"),
        (None, None, "发放居住证", "大于等于", 9000, "张"),
        (None, "质量指标", "登记信息准确率", "大于等于", pct(0.985, "0.0%"), "%"),
        (None, None, "居住登记信息差错率", wrong, pct(0.01), "%"),
        (None, "时效指标", "居住证制发平均时长", "小于等于", 10, "工作日"),
        (None, None, "登记系统升级上线时间", "小于等于", late, None),
        (None, "成本指标", "单条信息采集成本", "小于等于", 8, "元/条"),
        ("效益指标", "社会效益指标", "实有人口信息登记率", "大于等于", pct(0.95), "%"),
        (None, "可持续影响指标", "居住登记动态更新机制", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "办证群众满意度", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "庞立坤", "龙婉清", "0739-8825023", day(2024, 12, 1, CN_DATE))
    return b

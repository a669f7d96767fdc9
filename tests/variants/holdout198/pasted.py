"""Returns re-typed or converted from PDF and WPS: a number split by a space, an amount pasted
twice, a decimal point lost, a unit cost rounded to 0, amounts typed with their unit, notes in
brackets, blank rows and ★ marks left from the template (oz02, oz04, oz06, oz09, oz13,
oz18)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout198.common import (
    ONE,
    book,
    details,
    indicators,
    one_year_money,
    sign,
    wan,
    wan4,
)
from tests.variants.holdout198.registry import variant
from tests.variants.kit import CN_DATE, YUAN, Book, day, mk, money, ok, pct


@variant("oz02-pasted-twice-water", (9, 12), "one-year water project, OLD-NAT, one value "
         "column, detail lines below: the 年度资金总额 split by a space (186.450 0), a line "
         "pasted twice (38万38万(含运输))")  # fmt: skip
def oz02() -> Book:
    b, s = book("Sheet1")
    split = mk("186.450 0", "X105", "warning", alt=("X103",), note="read as 186.45")
    project_head(
        s, year=2026, name="农村供水管网改造项目", dept="白沙河区水利局（511）",
        unit="白沙河区农村供水管理站",
        money=one_year_money(split, wan4(150.45), wan4(36)),
        goals=["2026年改造农村供水老旧管网42公里，新增受益人口8600人，农村自来水普及率"
               "达到98%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "改造供水老旧管网长度", "≥42公里"),
        (None, None, "新装入户智能水表", "≥2150块"),
        (None, "质量指标", "管网工程验收合格率", pct(1)),
        (None, None, "水质检测达标率", "≥95%（以抽检为准）"),
        (None, "时效指标", "管网改造完工时间", "2026年11月30日前"),
        (None, "成本指标", "每公里管网改造成本", "≤3.5万元/公里"),
        ("效益指标", "社会效益指标", "新增受益人口", "≥8600人"),
        (None, None, "农村自来水普及率", "≥98%"),
        (None, "可持续影响指标", "供水管网长效管护机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
    ])  # fmt: skip
    twice = mk("38万38万(含运输)", "X106", "error", alt=("B108",), note="read as 38")
    details(s, "万元", [
        ("管材及配件采购", twice, "PE管材及阀门配件"),
        ("管网铺设施工", wan4(98), "42公里"),
        ("入户水表安装", wan4(22), "2150块"),
        ("工程监理及检测", wan4(12.45), "按合同"),
        ("水质检测及管护", wan4(16), "按标准"),
    ], wan4(186.45))  # fmt: skip
    b.file_mark("B102", "error", required=False, note="if the pasted line is read as 3838")
    return b


@variant("oz04-decimal-lost-agri", (9, 12), "one-year agriculture project, OLD-NAT, operator "
         "and unit columns, a date cell, detail lines in 万元 with four decimals: one line "
         "360000 where 36.0000 was meant")  # fmt: skip
def oz04() -> Book:
    b, s = book("项目表", (14, 16, 30, 14, 18, 12))
    project_head(
        s, year=2026, name="水稻绿色高产示范项目", dept="青岚市农业农村局（605）",
        unit="青岚市农业技术推广中心",
        money=one_year_money(wan4(148.65), wan4(130), wan4(18.65)),
        goals=["2026年建设水稻绿色高产示范田3000亩，开展技术培训8期，示范田亩均增产30公斤以上，"
               "化学农药使用量下降10%以上。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "建设绿色高产示范田面积", "≥", 3000, "亩"),
        (None, None, "开展技术培训期数", "≥", 8, "期"),
        (None, "质量指标", "绿色防控技术到位率", "≥", 90, "%"),
        (None, "时效指标", "示范田测产完成时间", "≤", day(2026, 10, 31, CN_DATE), None),
        (None, "成本指标", "示范田亩均物化补贴", "≤", 208, "元/亩"),
        ("效益指标", "经济效益指标", "示范田水稻亩均增产", "≥", 30, "公斤"),
        (None, "生态效益指标", "化学农药使用量下降率", "≥", 10, "%"),
        ("满意度指标", "服务对象满意度指标", "示范户满意度", "≥", 90, "%"),
    ])  # fmt: skip
    lost = mk(360000, "B110", "error", note="36.0000 with the decimal point lost: 10 000×")
    details(s, "万元", [
        ("示范田良种及肥料补贴", wan4(62.4), "3000亩×208元/亩"),
        ("绿色防控物资采购", lost, "性诱剂、杀虫灯等"),
        ("技术培训及观摩会", wan4(18.25), "8期"),
        ("田间监测及检测", wan4(22), "测产及农残检测"),
        ("项目管理", wan4(10), "档案及验收"),
    ], wan4(148.65))  # fmt: skip
    b.file_mark("B102", "error", required=False, note="the 10 000× line breaks the sum")
    return b


@variant("oz06-zero-unit-cost-agri", (9,), "one-year agriculture project, NAT-2021, operator "
         "and unit columns: 亩均建设成本 ≤ 0 万元/亩 (0.3 rounded away in conversion)")  # fmt: skip
def oz06() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 14, 12))
    project_head(
        s, year=2026, name="高标准农田建设项目", dept="白沙河区农业农村局（607）",
        unit="白沙河区农田建设服务中心",
        money=one_year_money(wan(2400), wan(2200), wan(200)),
        goals=["2026年新建高标准农田8000亩，新增高效节水灌溉面积2000亩，项目区粮食亩均产能"
               "提高50公斤以上。"],
    )  # fmt: skip
    zero = mk(0, "T115", "error", note="2400万元 ÷ 8000亩 = 0.3, rounded to 0")
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "新建高标准农田面积", "≥", 8000, "亩"),
        (None, None, "新增高效节水灌溉面积", "≥", 2000, "亩"),
        (None, "质量指标", "工程质量抽检合格率", "≥", 98, "%"),
        (None, "时效指标", "项目竣工时间", "≤", "2026年12月31日", None),
        ("成本指标", "经济成本指标", "亩均建设成本", "≤", zero, "万元/亩"),
        ("效益指标", "经济效益指标", "项目区粮食亩均产能提升", "≥", 50, "公斤"),
        (None, "可持续影响指标", "建后管护责任落实率", "≥", 95, "%"),
        ("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, "周明亮", "吴晓红", "0745-2236718")
    return b


@variant("oz09-yuan-typed-housing", (9, 12), "one-year housing project in 元, NAT-2021: head "
         "amounts typed as text with separators and unit (1,250,000元), detail lines in "
         "#,##0.00\"元\", a bracketed note, standard × 户数 equal to the money "
         "(correct)")  # fmt: skip
def oz09() -> Book:
    b, s = book("Sheet1")
    typed = "a typed amount in a 元 block: readable, at most a warning"
    project_head(
        s, year=2026, name="农村低收入群体危房改造项目", dept="临溪县住房和城乡建设局（708）",
        unit="临溪县村镇建设管理站", money_label="项目资金（元）",
        money=one_year_money(ok("1,250,000元", note=typed), ok("1,000,000元", note=typed),
                             ok("250,000元", note=typed)),
        goals=["2026年完成农村低收入群体危房改造50户，改造房屋竣工验收合格率100%，保障农户"
               "住房安全。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "完成农村危房改造户数", "≥50户"),
        (None, "质量指标", "改造房屋竣工验收合格率", pct(1)),
        (None, "时效指标", "改造任务完成时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "户均改造补助标准", "≤25000元/户"),
        ("效益指标", "社会效益指标", "改造农户住房安全鉴定达标率", pct(1)),
        (None, "可持续影响指标", "农房安全动态监测机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "改造农户满意度", "≥92%（以入户回访为准）"),
    ])  # fmt: skip
    details(s, "元", [
        ("农户改造补助", money(1150000, YUAN), "50户，按鉴定等级分档补助"),
        ("竣工验收及质量检测", money(60000, YUAN), "50户"),
        ("技术指导及档案管理", money(40000, YUAN), "全县"),
    ], money(1250000, YUAN))  # fmt: skip
    sign(s, "彭小军", "石慧", "0738-3325190")
    return b


@variant("oz13-stacked-typed-wan-water", (2, 9, 12), "two one-year water projects stacked, "
         "NAT-2021, one value column: amounts typed as text with their unit (120万元) in a "
         "万元 block, bracketed notes, cost × quantity equal to each project's money "
         "(correct)")  # fmt: skip
def oz13() -> Book:
    b, s = book("绩效目标表")
    typed = "an amount typed with its unit in a 万元 block: readable, at most a warning"
    project_head(
        s, year=2026, name="城区排水管网清淤疏通项目", dept="青岚市水务局（520）",
        unit="青岚市排水管理处", title="2026年度项目支出绩效目标表",
        money=one_year_money(ok("120万元", note=typed), ok("120万元", note=typed),
                             ok("0万元", note=typed)),
        goals=["2026年完成城区排水管网清淤疏通160公里，汛期主城区易涝点积水排除时间不超过"
               "2小时。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "排水管网清淤疏通长度", "≥160公里"),
        (None, "质量指标", "清淤后管道过流能力达标率", "≥95%（以第三方检测为准）"),
        (None, "时效指标", "汛前清淤完成时间", "2026年5月31日前"),
        ("成本指标", "经济成本指标", "每公里清淤疏通成本", "≤0.75万元/公里"),
        ("效益指标", "社会效益指标", "易涝点积水排除时间", "≤2小时"),
        ("满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="农村饮水安全水质检测项目", dept="青岚市水务局（520）",
        unit="青岚市农村供水管理站", title="",
        money=one_year_money(ok("36万元", note=typed), ok("36万元", note=typed),
                             ok("0万元", note=typed)),
        goals=["2026年对全市农村集中供水工程开展水质检测1200份，农村供水水质达标率达到92%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "农村供水水质检测样本数", "≥1200份"),
        (None, "质量指标", "水质检测报告准确率", pct(1)),
        (None, "时效指标", "丰水期枯水期检测完成时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "单份水样检测费用", "≤300元/份"),
        ("效益指标", "社会效益指标", "农村供水水质达标率", "≥92%"),
        ("满意度指标", "服务对象满意度指标", "农村供水用户满意度", "≥88%"),
    ])  # fmt: skip
    sign(s, "许文涛", "冯雪", "0739-8865021")
    return b


@variant("oz18-blank-rows-stars-agri", (4, 5, 6, 9), "one-year agriculture project, OLD-NAT, "
         "tier-1 labels with point ranges (产出指标（40-50分）), ★ core indicators, blank "
         "template rows left inside the blocks, bracketed notes, a footnote and signature "
         "lines (correct)")  # fmt: skip
def oz18() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="农业社会化服务项目", dept="白沙河区农业农村局（607）",
        unit="白沙河区农村经营管理站",
        money=one_year_money(wan(320), wan(260), wan(60)),
        goals=["2026年为小农户提供农业生产托管服务5万亩次，培育农业社会化服务组织15个，托管"
               "服务区粮食亩均节本增效100元以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标（40-50分）", "数量指标", "★农业生产托管服务面积", "≥5万亩次"),
        (None, None, "培育农业社会化服务组织数", "≥15个"),
        (None, None, None, None),
        (None, "质量指标", "托管服务合同规范签订率", "≥95%（以抽查为准）"),
        (None, "时效指标", "托管服务补助兑付时间", "2026年12月10日前"),
        (None, "成本指标", "亩次托管服务补助标准", "≤50元/亩次"),
        (None, None, None, None),
        ("效益指标（20-30分）", "经济效益指标", "★托管服务区粮食亩均节本增效", "≥100元/亩"),
        (None, "社会效益指标", "带动小农户数", "≥3200户"),
        (None, "可持续影响指标", "社会化服务组织名录库管理机制", "建立并执行"),
        ("满意度指标（10分）", "服务对象满意度指标", "★接受托管服务农户满意度", "≥90%"),
    ])  # fmt: skip
    s.row("注：1.带★的为核心指标，不得删除；2.空行为模板预留行，可不填写。", merge=[(1, 6)])
    sign(s, "蒋立伟", "韩梅", "0745-6610923", "2025年11月26日")
    return b

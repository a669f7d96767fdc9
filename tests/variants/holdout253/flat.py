"""Department tables of county and city justice bureaus whose indicators come as flat lists (no
tiers) in varying column order: 序号 first or not, the value before the name, an operator and a
unit column, points with a 合计 row, notes inside and under the list, a header repeated after a
page break, numbered template rows left blank (rc01–rc06)."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout253.common import (
    blank_rows,
    book,
    flat,
    more,
    note,
    page_break,
    sign,
    wan,
)
from tests.variants.holdout253.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("rc01-flat-numbered-blank-rows", (1, 3, 4, 6), "department table, flat list 序号 │ "
         "指标名称 │ 指标值 │ 备注, 100% stored as 1, three numbered rows left blank, a footnote "
         "under the list (correct)")  # fmt: skip
def rc01() -> Book:
    b, s = book("部门整体绩效目标", (16, 30, 16, 18, 18, 16))
    department_head(
        s, year=2026, dept="澄溪县司法局",
        budget=[(wan(1860), wan(1800), wan(60), wan(1240), wan(620))],
        tasks=[("法律援助", "办理民事、刑事、行政法律援助案件", wan(220), "应援尽援"),
               ("社区矫正", "社区矫正对象监督管理和教育帮扶", wan(150), "再犯罪率不高于0.2%"),
               ("公共法律服务平台运行", "12348热线及县乡村三级平台运行维护", wan(130), "平稳运行"),
               ("人民调解", "人民调解员补贴和以案定补", wan(70), "调解成功率不低于96%"),
               ("普法宣传", "法治宣传教育和普法阵地建设", wan(50), "普法活动不少于150场"),
               ("金额合计", None, wan(620), None)],
        goal="2026年办理法律援助案件900件以上，社区矫正对象再犯罪率控制在0.2%以下，12348公共法律"
             "服务热线接通率达到95%以上，村（社区）法律顾问实现全覆盖，人民调解成功率达到96%以上，"
             "开展普法宣传活动150场以上。",
    )  # fmt: skip
    flat(s, ("序号", "指标名称", "指标值", "备注"), [
        (1, "法律援助案件办理数量", "≥900件", "含值班律师转办案件"),
        (2, "法律援助案件办案补贴标准", "≤1800元/件", "按案件类型分档，平均不超过"),
        (3, "社区矫正对象再犯罪率", "≤0.2%", "反向指标"),
        (4, "12348公共法律服务热线接通率", "≥95%", None),
        (5, "村（社区）法律顾问覆盖率", pct(1), "全县村（社区）全覆盖"),
        (6, "人民调解案件调解成功率", "≥96%", None),
        (7, "普法宣传活动场次", "≥150场", None),
        (8, "法律援助受援人满意度", "≥90%", "第三方电话回访"),
    ])  # fmt: skip
    blank_rows(s, 9, 3)
    note(s, "注：1.“≥”表示不低于，“≤”表示不高于；2.再犯罪率=年内再犯罪人数÷年内在册社区矫正"
            "对象人数。", 6)  # fmt: skip
    sign(s, "许青禾", "杜明川", "0738-6215409")
    return b


@variant("rc02-flat-nameless-value", (3, 13), "department table, flat list 指标名称 │ 年度指标值 "
         "│ 指标解释: a value with no name, a 建成率 given as a count, a ≥**万人次 "
         "placeholder")  # fmt: skip
def rc02() -> Book:
    b, s = book("Sheet1", (16, 30, 16, 30, 16, 16))
    department_head(
        s, year=2026, dept="霁川区司法局（412）",
        budget=[(wan(1420), wan(1380), wan(40), wan(1010), wan(410))],
        tasks=[("法律援助", "法律援助案件办理和值班律师服务", wan(160), "应援尽援"),
               ("社区矫正", "社区矫正监督管理和教育帮扶", wan(95), "无脱管漏管"),
               ("公共法律服务平台", "村（社区）公共法律服务工作室运行", wan(85), "全覆盖"),
               ("人民调解", "人民调解员以案定补", wan(40), "矛盾不上交"),
               ("普法宣传", "“宪法进万家”等主题普法活动", wan(30), "群众法治意识提升"),
               ("金额合计", None, wan(410), None)],
        goal="2026年办理法律援助案件650件以上，村（社区）公共法律服务工作室实现全覆盖，社区矫正"
             "对象再犯罪率控制在0.3%以下，开展“宪法进万家”等普法活动120场以上。",
    )  # fmt: skip
    flat(s, ("指标名称", "年度指标值", "指标解释"), [
        ("法律援助案件办理数量", "≥650件", "民事、刑事、行政案件合计"),
        ("法律援助案件办案补贴标准", "≤2000元/件", "按区法律援助补贴办法执行"),
        (mk(None, "F110", "error", row=True, note="a value and its explanation, no name"),
         "≥98%", "法律援助申请在7个工作日内作出是否给予援助的决定"),
        ("村（社区）公共法律服务工作室建成率",
         mk("126个", "T105", "error", row=True, note="a 建成率 needs a %: 100% meant"),
         "全区126个村（社区）各建1个"),
        ("社区矫正对象再犯罪率", "≤0.3%", "反向指标"),
        ("普法宣传受众人数", mk("≥**万人次", "X101", "error", note="the number left as **"),
         "线上线下合计"),
        ("普法宣传活动场次", "≥120场", None),
        ("群众对公共法律服务满意度", "≥90%", "抽样回访"),
    ])  # fmt: skip
    sign(s, "韦思琪", "郑国梁", "0771-5532816")
    return b


@variant("rc03-flat-unit-column-repeated-header", (3, 4), "department table, flat list 序号 │ "
         "绩效指标 │ 计量单位 │ 年度目标值 │ 指标说明, a note row inside, the header repeated "
         "under 续表 after a page break, =0 人 for 脱管漏管 (correct)")  # fmt: skip
def rc03() -> Book:
    b, s = book("绩效目标", (16, 30, 12, 16, 26, 16))
    department_head(
        s, year=2026, dept="松岚县司法局",
        budget=[(wan(1135.5), wan(1100), wan(35.5), wan(842.3), wan(293.2))],
        tasks=[("法律援助", "法律援助案件和刑事辩护全覆盖试点", wan(120), "应援尽援"),
               ("社区矫正", "社区矫正监管和教育帮扶", wan(68.2), "无脱管漏管"),
               ("公共法律服务", "12348热线和县乡两级平台运行", wan(55), "及时响应"),
               ("人民调解", "人民调解员培训和补贴", wan(30), "培训全覆盖"),
               ("普法宣传", "法治文化阵地建设和主题普法", wan(20), "法治意识提升"),
               ("金额合计", None, wan(293.2), None)],
        goal="2026年完成法律援助案件500件以上，12348热线平均响应时间不超过20秒，社区矫正对象无"
             "脱管漏管，人民调解员培训覆盖率达到100%，矛盾纠纷调解成功率达到95%以上。",
    )  # fmt: skip
    header = ("序号", "绩效指标", "计量单位", "年度目标值", "指标说明")
    flat(s, header, [
        (1, "法律援助案件办理数量", "件", "≥500", "含刑事法律援助案件"),
        (2, "刑事案件律师辩护全覆盖试点案件数", "件", "≥180", "审判阶段"),
        (3, "12348热线平均响应时长", "秒", "≤20", "反向指标，越短越好"),
        (4, "社区矫正对象脱管漏管人数", "人", "=0", "反向指标"),
    ])  # fmt: skip
    note(s, "以下为效益及满意度指标", 5)
    more(s, [(5, "人民调解员业务培训覆盖率", "%", "100", "全县在册人民调解员")], ())
    page_break(s, header, "续表")
    more(s, [
        (6, "矛盾纠纷调解成功率", "%", "≥95", None),
        (7, "法律援助案件质量评查优良率", "%", "≥85", "抽查案卷评定"),
        (8, "服务对象满意度", "%", "≥92", "电话回访"),
    ], ())  # fmt: skip
    note(s, "注：计量单位为“%”的指标，目标值填写百分数的数值部分。", 5)
    sign(s, "龙雨桐", "彭启航", "0856-7320145")
    return b


@variant("rc04-flat-operator-column", (3, 11, 12), "city department table, flat list 指标名称 │ "
         "比较符 │ 指标值 │ 计量单位 │ 备注: 资金总额 ≠ 财政拨款 + 其他资金, ≥ on a 再犯罪率 "
         "declared 反向")  # fmt: skip
def rc04() -> Book:
    b, s = book("Sheet1", (16, 30, 10, 14, 12, 18))
    department_head(
        s, year=2026, dept="沅宁市司法局（118）",
        budget=[(mk(wan(2980), "B101", "error", row=True, note="2860 + 100 = 2960"),
                 wan(2860), wan(100), wan(2050), wan(930))],
        tasks=[("法律援助", "市级法律援助案件和值班律师", wan(380), "应援尽援"),
               ("社区矫正", "社区矫正中心运行和教育帮扶", wan(220), "再犯罪率持续低位"),
               ("公共法律服务平台", "12348热线、网络平台运行", wan(190), "接通率不低于95%"),
               ("人民调解", "专业性行业性调解组织补贴", wan(80), "成功率不低于96%"),
               ("普法宣传", "普法阵地和新媒体普法", wan(60), "覆盖30万人次"),
               ("金额合计", None, wan(930), None)],
        goal="2026年全市办理法律援助案件2600件以上，社区矫正对象再犯罪率控制在0.3%以下，12348"
             "热线接通率达到95%以上，人民调解成功率达到96%以上。",
    )  # fmt: skip
    flat(s, ("指标名称", "比较符", "指标值", "计量单位", "备注"), [
        ("法律援助案件办理数量", "≥", 2600, "件", None),
        ("法律援助案件平均办案补贴", "≤", 1200, "元/件", None),
        ("12348热线接通率", "≥", pct(0.95), "%", None),
        ("社区矫正对象再犯罪率",
         mk("≥", "T108", "warning", row=True, note="a 再犯罪率 is 反向: ≤0.3% meant"),
         0.3, "%", "反向指标"),
        ("社区矫正对象教育帮扶人次", "≥", 4800, "人次", None),
        ("人民调解案件调解成功率", "≥", 96, "%", None),
        ("普法宣传覆盖人数", "≥", 30, "万人次", None),
        ("服务对象满意度", "≥", 90, "%", "第三方测评"),
    ])  # fmt: skip
    sign(s, "蒋晓岚", "覃一鸣", "0745-2263198")
    return b


@variant("rc05-flat-points-total", (3, 4, 10), "department table, flat list 序号 │ 指标名称 │ "
         "指标值 │ 分值 │ 评分标准, points adding to the 合计 100, a 填报说明 under the list "
         "(correct)")  # fmt: skip
def rc05() -> Book:
    b, s = book("整体支出绩效目标表", (16, 30, 16, 10, 28, 16))
    department_head(
        s, year=2026, dept="栖梧县司法局",
        budget=[(wan(968), wan(968), wan(0), wan(702), wan(266))],
        tasks=[("法律援助", "法律援助案件办理", wan(120), "应援尽援"),
               ("社区矫正", "社区矫正监管和信息化核查", wan(56), "无脱管漏管"),
               ("公共法律服务", "县乡村三级公共法律服务平台", wan(48), "平稳运行"),
               ("人民调解", "人民调解以案定补", wan(26), "协议履行率不低于98%"),
               ("普法宣传", "民主法治示范村创建和主题普法", wan(16), "法治意识提升"),
               ("金额合计", None, wan(266), None)],
        goal="2026年办理法律援助案件600件以上，社区矫正对象再犯罪率低于0.5%，创建民主法治示范村"
             "3个以上，开展普法宣传活动80场以上，服务对象满意度达到90%以上。",
    )  # fmt: skip
    flat(s, ("序号", "指标名称", "指标值", "分值", "评分标准"), [
        (1, "法律援助案件办理数量", "≥600件", 15, "每少10件扣1分"),
        (2, "法律援助案件办案补贴标准", "≤1500元/件", 10, "超标准不得分"),
        (3, "法律援助申请审查办结时限", "≤7个工作日", 10, "超时1件扣0.5分"),
        (4, "社区矫正对象再犯罪率", "<0.5%", 15, "达到0.5%及以上不得分"),
        (5, "社区矫正对象信息化核查率", "100%", 10, "每低1个百分点扣1分"),
        (6, "人民调解协议履行率", "≥98%", 10, "每低1个百分点扣1分"),
        (7, "“民主法治示范村”创建数量", "≥3个", 10, "每少1个扣3分"),
        (8, "普法宣传活动场次", "≥80场", 10, "每少5场扣1分"),
        (9, "服务对象满意度", "≥90%", 10, "按回访结果计分"),
        (None, "合计", None, 100, None),
    ])  # fmt: skip
    note(s, "填报说明：1.分值合计100分；2.评分标准用于年终绩效自评；3.预算执行率另行评价，不列入"
            "本表。", 6)  # fmt: skip
    sign(s, "石婉清", "陆振邦", "0774-3851267")
    return b


@variant("rc06-flat-value-first-break", (3, 4, 10), "department table, flat list 序号 │ 目标值 │ "
         "指标名称 │ 分值 with the header repeated after a page break: the case count listed again "
         "with another value, points adding to 90 under a 合计 of 100")  # fmt: skip
def rc06() -> Book:
    b, s = book("Sheet1", (16, 16, 30, 10, 18, 16))
    department_head(
        s, year=2026, dept="望澜县司法局",
        budget=[(wan(1288), wan(1250), wan(38), wan(926), wan(362))],
        tasks=[("法律援助", "法律援助案件办理", wan(150), "应援尽援"),
               ("社区矫正", "社区矫正监管和教育帮扶", wan(82), "再犯罪率低位"),
               ("公共法律服务平台", "12348热线和实体平台运行", wan(70), "接通率不低于95%"),
               ("人民调解", "人民调解员补贴", wan(35), "成功率不低于96%"),
               ("普法宣传", "主题普法活动", wan(25), "普法活动不少于100场"),
               ("金额合计", None, wan(362), None)],
        goal="2026年办理法律援助案件520件以上，社区矫正对象再犯罪率控制在0.3%以下，12348热线接通"
             "率达到95%以上，开展普法宣传活动100场以上。",
    )  # fmt: skip
    header = ("序号", "目标值", "指标名称", "分值")
    flat(s, header, [
        (1, "≥520件", "法律援助案件办理数量", 15),
        (2, "≤1600元/件", "法律援助案件办案补贴标准", 10),
        (3, "≤0.3%", "社区矫正对象再犯罪率", 15),
        (4, "≥95%", "12348热线接通率", 10),
    ])  # fmt: skip
    page_break(s, header, "续表")
    more(s, [
        (5, "≥96%", "人民调解成功率", 10),
        (6, mk("≥560件", "D102", "error", row=True, alt=("D101", "D103"),
               note="row 1 gives the same count as ≥520件"), "法律援助案件办理数量", 10),
        (7, "≥100场", "普法宣传活动场次", 10),
        (8, "≥90%", "服务对象满意度", 10),
        (None, None, "合计", mk(100, "W101", "error", row=True, note="the points add up to 90")),
    ], ())  # fmt: skip
    sign(s, "严书瑶", "包文韬", "0739-8426015")
    return b

"""Returns tr13–tr18: 侨务宣传, with a 华文教育 base-school project and a stacked pair that
joins 侨务宣传 to 海外侨胞寻根服务."""

from __future__ import annotations

from tests.variants.holdout320.common import (
    HEAD4,
    indicators,
    note,
    project,
    sign,
    start,
    year_money,
)
from tests.variants.holdout320.registry import variant
from tests.variants.kit import WAN, YUAN, Book, mk, money, ok, pct

CONTENT = ("一级指标", "二级指标", "指标内容", "绩效标准")


@variant(
    "tr13-qiaokan-notes",
    (4, 7),
    "project, OLD-NAT, headers 指标内容 and 绩效标准, an "
    "instruction row inside the table, the header repeated after a page break, 注, "
    "填表说明 and signature lines under it (correct)",
)
def tr13() -> Book:
    b, s = start()
    project(
        s,
        "侨刊乡讯编印与侨务新媒体宣传项目",
        "榕汀市侨务宣传中心",
        year_money(36, 34, 2),
        ["编印《榕汀侨讯》6期、每期8000册，新媒体推送侨务信息300条以上。"],
    )
    indicators(s, CONTENT, [
        ("产出指标", "数量指标", "编印《榕汀侨讯》期数", "≥6期"),
        (None, None, "每期印数", "≥8000册"),
        (None, None, "新媒体推送侨务信息条数", "≥300条"),
    ])  # fmt: skip
    note(s, "（填写提示：指标内容应细化、量化，绩效标准应可考核）", 4)
    s.table([
        ("产出指标", "质量指标", "稿件审校差错率", "≤1‰"),
        (None, "时效指标", "每期截稿至寄发时限", "≤20天"),
        (None, "成本指标", "每册印制及寄递成本", "≤6元/册"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    indicators(s, CONTENT, [
        ("效益指标", "社会效益指标", "侨讯寄达国家和地区数", "≥25个"),
        (None, None, "新媒体平台关注人数增长率", "≥10%"),
        (None, "可持续影响指标", "海外华文媒体合作机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "海外读者满意度", "≥88%"),
    ])  # fmt: skip
    note(s, "注：全年6期，每期8000册，合计48000册。", 4)
    note(s, "填表说明：1.指标内容即三级指标；2.绩效标准填写年度目标值。", 4)
    sign(s, "梁霁川", "0598-6618804")
    return b


@variant(
    "tr14-qiaoxiang-artefacts",
    (9,),
    "project, OLD-NAT, one value column, budget detail "
    "lines below the table: a split number, a date serial in text, an amount pasted twice",
)
def tr14() -> Book:
    b, s = start()
    total = mk("38.5 6", "X105", "warning", alt=("X103",), note="38.56 split by a space")
    end = mk("46022", "X104", "warning", note="the serial of 2025-12-31 stored as text")
    project(s, "“侨乡故事”海外传播项目", "榕汀市侨务宣传中心", year_money(total, 36.56, 2),
            ["拍摄侨乡故事短视频20部，在海外华文媒体投放，覆盖海外受众50万人次以上。"],
            end=end)  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "拍摄侨乡故事短视频部数", "≥20部"),
        (None, None, "合作海外华文媒体家数", "≥15家"),
        (None, "质量指标", "视频审核一次通过率", "≥90%"),
        (None, "时效指标", "视频投放完成时间", "11月30日前"),
        (None, "成本指标", "每部短视频拍摄制作成本", "≤0.76万元/部"),
        ("效益指标", "社会效益指标", "海外受众覆盖人次", "≥50万人次"),
        ("满意度指标", "服务对象满意度指标", "合作媒体满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("预算明细", "金额（万元）", "测算依据", merge=[(3, 4)])
    s.row("视频拍摄制作", mk("15.2万15.2万", "X106", "error", alt=("B108",),
                             note="15.2 pasted twice"), "20部×0.76万元")  # fmt: skip
    s.row("海外媒体投放", money(12), "15家媒体")
    s.row("宣传品设计印制", money(6.36), "画册、明信片")
    s.row("活动组织", money(5), "首映及座谈")
    s.row("合计", money(38.56), None)
    sign(s, "梁霁川", "0598-6618804")
    return b


@variant(
    "tr15-waixuan-points",
    (10,),
    "project, NAT-2021, tier-1 score column merged down "
    "beside indicator scores: two tiers whose indicator scores miss the tier score, a rate "
    "raised in 百分点",
)
def tr15() -> Book:
    b, s = start(widths=(14, 10, 18, 30, 16, 8))
    project(
        s,
        "侨务外宣融媒体传播项目",
        "榕汀市侨务宣传中心",
        year_money(48, 46, 2),
        ["制作侨务融媒体作品120件以上，海外平台互动率较上年提高2个百分点以上。"],
    )
    p50 = mk(50, "W103", "error", note="产出 indicator scores 15 + 10 + 10 + 10 = 45")
    p30 = mk(30, "W103", "error", note="效益 indicator scores 15 + 20 = 35")
    indicators(s, ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", p50, "数量指标", "融媒体作品制作件数", "≥120件", 15),
        (None, None, None, "海外平台发布条数", "≥360条", 10),
        (None, None, "质量指标", "作品内容审核通过率", "≥95%", 10),
        (None, None, "时效指标", "重大侨务活动报道发布时限", "≤24小时", 10),
        ("成本指标", 10, "经济成本指标", "每件作品平均制作成本", "≤0.35万元/件", 10),
        ("效益指标", p30, "社会效益指标", "海外平台互动率较上年提高", "≥2百分点", 15),
        (None, None, "可持续影响指标", "海外传播矩阵账号活跃数", "≥12个", 20),
        ("满意度指标", 10, "服务对象满意度指标", "海外受众满意度", "≥88%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    sign(s, "梁霁川", "0598-6618804")
    return b


@variant(
    "tr16-jidixiao-percent",
    (1, 10, 12),
    "华文教育 project, OLD-NAT, operator and unit "
    "columns, typed percent cells, 万元 only in the number format, a rate raised in 百分点 "
    "(correct)",
)
def tr16() -> Book:
    b, s = start()
    project(
        s,
        "华文教育基地校建设项目",
        "榕汀市华文教育服务中心",
        year_money(money(75, WAN), money(70, WAN), money(5, WAN)),
        ["建设华文教育基地校5所，配备华文图书6000册以上，基地校华文课程开课率达95%以上。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "建设华文教育基地校数", "≥", 5, "所"),
        (None, None, "配备华文图书册数", "≥", 6000, "册"),
        (None, "质量指标", "基地校建设验收合格率", "=", pct(1), "%"),
        (None, "时效指标", "图书配送到校周期", "≤", 30, "天"),
        (None, "成本指标", "每所基地校建设补助", "≤", 12, "万元/所"),
        ("效益指标", "社会效益指标", "基地校华文课程开课率", "≥", pct(0.95), "%"),
        (None, None, "华文水平测试通过率较上年提高", "≥", 3, "百分点"),
        ("满意度指标", "服务对象满意度指标", "基地校师生满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "苏念禾", "0598-6627309")
    return b


@variant(
    "tr17-stacked-pair",
    (2,),
    "two projects stacked in one sheet (侨务宣传 and 寻根), "
    "OLD-NAT, one value column, the same indicator names with different values (correct)",
)
def tr17() -> Book:
    b, s = start()
    project(
        s,
        "“侨乡记忆”图片展巡展项目",
        "榕汀市侨务宣传中心",
        year_money(24, 24, 0),
        ["在海外侨团所在地巡展8场，海外侨胞参与3000人次以上。"],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "巡展场次", "≥8场"),
        (None, None, "海外侨胞参与人次", "≥3000人次"),
        (None, "质量指标", "展品完好率", "≥98%"),
        (None, "时效指标", "巡展完成时间", "11月30日前"),
        (None, "成本指标", "每场巡展成本", "≤2.8万元/场"),
        ("效益指标", "社会效益指标", "参展侨胞对侨乡发展知晓率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "参与侨胞满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    project(s, "第五届海外侨胞寻根恳亲大会项目", "榕汀市海外联谊服务中心",
            year_money(65, 60, 5), ["邀请海外侨团45个以上，接待侨胞800人次以上。"],
            title="")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "邀请海外侨团数", "≥45个"),
        (None, None, "海外侨胞参与人次", "≥800人次"),
        (None, "质量指标", "大会安全事故发生数", "=0起"),
        (None, "时效指标", "大会举办时间", "10月31日前"),
        (None, "成本指标", "侨胞人均接待标准", "≤700元/人"),
        ("效益指标", "社会效益指标", "签订侨乡文化交流合作意向数", "≥10项"),
        ("满意度指标", "服务对象满意度指标", "参与侨胞满意度", "≥88%"),
    ])  # fmt: skip
    sign(s, "吴听澜", "0598-6640153")
    return b


@variant(
    "tr18-qizi-money-units",
    (1, 12),
    "侨资企业服务 project, OLD-NAT, operator and unit "
    "columns: 其他资金 formatted in 元 inside a 万元 block, a unit cost rounded to 0, a "
    "unit price × count above the budget",
)
def tr18() -> Book:
    b, s = start()
    other = mk(money(30000, YUAN), "B105", "error", note="30,000.00元 in a 万元 block")
    project(
        s,
        "侨资企业服务月活动项目",
        "榕汀市侨商服务中心",
        year_money(45, 42, other),
        ["举办侨资企业服务月对接活动10场，编印侨资企业政策汇编。"],
    )
    b.file_mark("B101", "error", required=False, note="may follow from the 元 cell")
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "举办政企对接活动场次", "≥", 10, "场"),
        (None, None, "侨资企业政策汇编印制数量", "≥", ok(50000, "warning"), "册"),
        (None, "质量指标", "企业参会覆盖率", "≥", pct(0.8), "%"),
        (None, "时效指标", "活动诉求转办时限", "≤", 5, "个工作日"),
        (None, "成本指标", "单场对接活动成本", "≤",
         mk(0, "T115", "error", note="a unit cost rounded to 0 万元"), "万元/场"),
        (None, None, "政策汇编印制单价", "≤",
         mk(12, "B107", "warning", row=True, note="12元 × 50000册 = 60万元 > 45万元"), "元/册"),
        ("效益指标", "经济效益指标", "对接活动促成合作项目数", "≥", 15, "个"),
        ("满意度指标", "服务对象满意度指标", "参会侨资企业满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "何砚秋", "0598-6652716")
    return b

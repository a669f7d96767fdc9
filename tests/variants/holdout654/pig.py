"""藏香猪: flat lists, points, tiers, a second sheet and money (gn07–gn12)."""

from __future__ import annotations

from tests.variants.holdout654.common import (
    department,
    footnotes,
    funds,
    indicators,
    new,
    project,
    signature,
    wan,
)
from tests.variants.holdout654.registry import variant
from tests.variants.kit import Book, mk, money, pct

FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("gn07-pig-flat-department", (3, 1), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), typed percents, weights add to 100, 0起 and a 下降幅度 "
         "in 百分点 with ≥ (correct)")  # fmt: skip
def pig_flat_department() -> Book:
    b, s = new()
    department(s, 2025, "雪戎县藏香猪产业服务中心", [(520, 500, 20, 300, 220)],
               "扩繁藏香猪能繁母猪600头，全年出栏藏香猪1.2万头，重大动物疫情零发生。", [
        ("藏香猪良种扩繁", "能繁母猪补助", 60, "扩繁能繁母猪600头"),
        ("疫病防控", "非洲猪瘟监测、免疫", 90, "疫情零发生"),
        ("粪污资源化利用", "堆粪场、沼液池改造", 70, "粪污综合利用率80%"),
        ("金额合计", None, 220, None),
    ])  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row(*FLAT)
    s.table([
        ("藏香猪良种扩繁能繁母猪", 15, "头", "≥", 600),
        ("出栏藏香猪", 15, "头", "≥", 12000),
        ("仔猪断奶成活率", 10, "%", "≥", pct(0.88)),
        ("养殖场粪污综合利用率", 10, "%", "≥", pct(0.8)),
        ("非洲猪瘟等重大动物疫情发生", 10, "起", "=", 0),
        ("哺乳仔猪死亡率下降幅度", 10, "百分点", "≥", 2),
        ("能繁母猪补助标准", 10, "元/头", "≤", 1000),
        ("带动养殖户增收", 10, "户", "≥", 450),
        ("养殖户满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    signature(s, "央金拉姆", "0894-5417320")
    return b


@variant("gn08-pig-flat-weights-duplicate", (3,), "department, flat list in another order "
         "(指标名称 · 指标值 · 计量单位 · 权重): weights add to 95, a near-duplicate, the goal's "
         "出栏 count against the indicator")  # fmt: skip
def pig_flat_weights_duplicate() -> Book:
    b, s = new()
    department(s, 2025, "雪戎县农牧综合服务中心", [(380, 360, 20, 230, 150)],
               "全年出栏藏香猪10000头，开展养殖技术培训300人次，建设冷链配送点4个。", [
        ("藏香猪出栏", "仔猪补栏、饲料补助", 80, "出栏藏香猪10000头"),
        ("技术培训", "集中培训、入户指导", 20, "培训300人次"),
        ("冷链配送点", "冷库、冷藏车", 50, "建成配送点4个"),
        ("金额合计", None, 150, None),
    ])  # fmt: skip
    s.row("指标名称", "指标值", "计量单位", "权重")
    s.table([
        ("出栏藏香猪", mk("≥8000", "D104", "warning", row=True,
                          note="年度总体目标写出栏10000头"), "头", 10),
        ("开展藏香猪养殖技术培训", "≥300", "人次", 15),
        ("冷链配送点建设", "≥4", "个", 10),
        ("藏香猪产品抽检合格率", "≥98%", "%", 15),
        ("配送点建成时间", "9月30日前", None, 10),
        (mk("藏香猪养殖技术培训", "D103", "warning", row=True, alt=("D101",),
            note="与“开展藏香猪养殖技术培训”是同一指标"), "≥300", "人次", 10),
        ("养殖户户均增收", "≥1800", "元", 15),
        ("养殖户满意度", "≥90%", "%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重 10+15+10+15+10+10+15+10=95，不是100")
    signature(s, "旺姆", "0894-5417362")
    return b


@variant("gn09-pig-points-two-levels", (5, 10), "project, NAT-2021, numbered tier labels with "
         "points (一、产出指标（50分）), an indicator score column adding to the same 100, a rate "
         "raised in 百分点 (correct)")  # fmt: skip
def pig_points_two_levels() -> Book:
    b, s = new()
    project(s, 2025, "雪戎县藏香猪种猪场提升改造", "雪戎县藏香猪原种场",
            funds(wan(80), wan(70), wan(10)),
            ["改造藏香猪种猪场2个，年供种猪800头，商品猪瘦肉率提高2个百分点以上。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（50分）", "（一）数量指标", "改造种猪场", "≥2个", 15),
        (None, None, "年供种猪", "≥800头", 15),
        (None, "（二）质量指标", "种猪系谱档案完整率", "≥95%", 10),
        (None, "（三）时效指标", "改造工程完工时间", "10月31日前", 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "种猪场改造补助标准", "≤25万元/个", 10),
        ("三、效益指标（30分）", "（一）经济效益指标", "商品猪瘦肉率提高", "≥2百分点", 10),
        (None, "（二）社会效益指标", "带动养殖户", "≥200户", 10),
        (None, "（三）可持续影响指标", "种猪自给率", "≥70%", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "养殖户满意度", "≥90%", 10),
    ], label="绩效指标（满分100分）")  # fmt: skip
    signature(s, "拉巴次仁", "0894-5417408")
    return b


@variant("gn10-pig-marked-tiers-misplaced", (5,), "project, OLD-NAT, labels with marks and "
         "abbreviations (*产出指标, 数量, 质量): a quality rate under 时效, a count under 质量, a "
         "deadline in last year")  # fmt: skip
def pig_marked_tiers_misplaced() -> Book:
    b, s = new()
    project(s, 2025, "雪戎县藏香猪林下生态放养", "雪戎县农牧综合服务中心",
            funds(wan(55), wan(50), wan(5)),
            ["建设林下放养围栏示范点5个，出栏生态放养藏香猪3000头，11月底前完成。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("*产出指标", "数量", "林下放养围栏示范点", "≥5个"),
        (None, "质量", "放养区围栏验收合格率", "≥95%"),
        (None, None, mk("生态放养藏香猪出栏数量", "F201", "warning", row=True,
                        note="出栏头数是数量指标"), "≥3000头"),
        (None, "时效", mk("出栏仔猪检疫合格率", "F201", "warning", row=True,
                        note="检疫合格率是质量指标"), "≥98%"),
        (None, None, "放养示范点建成时间", mk(
            "2024年11月30日前", "Y102", "error", alt=("Y103", "Y101"),
            note="2025年项目的期限写成上年")),
        (None, "成本", "围栏建设补助标准", "≤6万元/个"),
        ("*效益指标", "经济效益", "放养户户均增收", "≥2500元"),
        (None, "生态效益", "林下植被破坏面积", "≤20亩"),
        ("*满意度指标", "服务对象满意度", "放养户满意度", "≥90%"),
    ], label="绩效指标")  # fmt: skip
    signature(s, "边巴", "0894-5417433")
    return b


@variant("gn11-pig-second-sheet-two-row-header", (7,), "project: head on the first sheet, the "
         "indicator table on a second sheet under a two-row header (考核指标, 目标值（年度） split "
         "into 比较符 in words and 数值, 评价标准), OLD-NAT (correct)")  # fmt: skip
def pig_second_sheet() -> Book:
    b, s = new("项目信息")
    project(s, 2025, "雪戎县藏香猪屠宰分割车间改造", "雪戎县藏香猪产业服务中心",
            funds(wan(120), wan(100), wan(20)),
            ["改造屠宰分割车间1处，年屠宰藏香猪6000头，产品抽检合格率95%以上。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 14, 26, 12, 14, 30))
    t.title("2025年度项目绩效指标（雪戎县藏香猪屠宰分割车间改造）", 6)
    t.row("一级指标", "二级指标", "考核指标", "目标值（年度）", None, "评价标准", merge=[(4, 5)])
    t.row(None, None, None, "比较符", "数值及单位", None)
    for c in (1, 2, 3, 6):
        t.ws.merge_cells(start_row=t.r - 1, start_column=c, end_row=t.r, end_column=c)
    t.table([
        ("产出指标", "数量指标", "改造屠宰分割车间", "等于", "1处", "完成得满分"),
        (None, None, "年屠宰藏香猪", "大于等于", "6000头", "按完成比例得分"),
        (None, "质量指标", "产品抽检合格率", "大于等于", pct(0.95), "每低1%扣1分"),
        (None, "时效指标", "车间改造完工时间", "小于等于", "9月30日", "每延期10天扣1分"),
        (None, "成本指标", "车间改造成本", "小于等于", money(120, '0"万元"'), "超支不得分"),
        ("效益指标", "经济效益指标", "分割产品销售收入", "大于等于", "900万元", "按完成比例得分"),
        (None, "社会效益指标", "带动养殖户", "大于等于", "350户", "按完成比例得分"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "大于等于", pct(0.9), "每低1%扣1分"),
    ], merged=(1, 2))  # fmt: skip
    footnotes(t, "说明：比较符按“大于等于、小于等于、等于”填写，数值栏填数字和单位。")
    signature(t, "尼玛顿珠", "0894-5417481")
    return b


@variant("gn12-pig-money-blocks", (12,), "project, OLD-NAT, operator and unit columns, a detail "
         "block under the table: 年度资金总额 ≠ 财政拨款 + 其他资金, the lines' 合计 ≠ the total, "
         "a unit cost × count above the money")  # fmt: skip
def pig_money_blocks() -> Book:
    b, s = new()
    project(s, 2025, "雪戎县藏香猪种猪引进", "雪戎县藏香猪原种场",
            funds(mk(wan(150), "B101", "error", note="财政拨款120+其他资金20=140"),
                  wan(120), wan(20)),
            ["引进藏香猪种猪250头，改造圈舍1200平方米，培训养殖户100人次。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "引进藏香猪种猪", "≥", 250, "头"),
        (None, None, "改造标准化圈舍", "≥", 1200, "平方米"),
        (None, None, "培训养殖户", "≥", 100, "人次"),
        (None, "质量指标", "引进种猪检疫合格率", "=", pct(1), "%"),
        (None, "时效指标", "种猪引进完成时间", "≤", "8月31日", None),
        (None, "成本指标", "种猪引进补助标准", "≤", mk(
            0.8, "B107", "warning", row=True,
            note="0.8万元×250头=200万元，超过年度资金150万元"), "万元/头"),
        ("效益指标", "经济效益指标", "种猪场年供仔猪", "≥", 3000, "头"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥", pct(0.9), "%"),
    ], label="绩效指标")  # fmt: skip
    s.skip()
    s.row("资金明细（万元）", None, "用途", None, "金额", merge=[(1, 2), (3, 4)])
    for use, amount in (("种猪引进", 60), ("圈舍改造", 50), ("疫苗及检疫", 25), ("培训", 10)):
        s.row(None, None, use, None, money(amount), merge=[(3, 4)])
    s.row(
        None,
        None,
        "合计",
        None,
        mk(money(145), "B102", "error", alt=("B101",), note="明细合计145，年度资金总额写150"),
        merge=[(3, 4)],
    )
    footnotes(s, "注：种猪按市场询价测算。")
    signature(s, "平措", "0894-5417502")
    return b

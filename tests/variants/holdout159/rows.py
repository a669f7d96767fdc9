"""Returns nm07–nm12: 序号 columns, the tier-1 written on every row, spacer rows, the header
repeated after a page break, 权重 and 备注 columns."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout159.common import (
    YEAR,
    multi_year,
    numbered,
    one_year,
    rows_out,
    sign_lines,
)
from tests.variants.holdout159.registry import variant
from tests.variants.kit import Book, day, mk, pct

P, B, C, S = "产出指标", "效益指标", "成本指标", "满意度指标"


@variant("nm07-seq-tier1-every-row", (5, 11),
         "project, NAT-2021, 序号 column, tier-1 and tier-2 written on every row (no merging), "
         "指标性质 holding operators in words (大于等于, 小于等于) with bare numbers and a unit "
         "column; correct")  # fmt: skip
def nm07() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(8, 12, 16, 28, 12, 14, 10))
    project_head(s, year=YEAR, name="中小学校园食堂提升改造", dept="青禾县教育局（415）",
                 unit="青禾县教育局", attr="一次性项目", money=one_year(200, 200, 0),
                 start=day(YEAR, 3, 1), end=day(YEAR, 10, 31),
                 goals=["改造12所农村中小学食堂，配齐留样冷藏设备，\n"
                        "保障8600名在校学生就餐安全。"])  # fmt: skip
    s.row("序号", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    rows_out(s, numbered([
        (P, "数量指标", "改造学校食堂数量", "大于等于", 12, "所"),
        (P, "数量指标", "配备留样冷藏设备", "大于等于", 12, "台"),
        (P, "质量指标", "食堂量化分级评定达标率", "大于等于", 95, "%"),
        (P, "时效指标", "单所食堂改造工期", "小于等于", 90, "天"),
        (C, "经济成本指标", "单所食堂改造平均成本", "小于等于", 15, "万元"),
        (B, "社会效益指标", "受益在校学生", "大于等于", 8600, "人"),
        (B, "可持续影响指标", "改造后食堂设施使用年限", "大于等于", 10, "年"),
        (S, "服务对象满意度指标", "学生及家长满意度", "大于等于", 90, "%"),
    ]))  # fmt: skip
    return b


@variant("nm08-spacer-and-repeated-header", (4,),
         "project, OLD-NAT, merged tiers, an empty spacer row between the 产出 and 效益 "
         "blocks, the header row repeated after a page break before 满意度, 备注 column; "
         "correct")  # fmt: skip
def nm08() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 14, 28, 18, 16))
    project_head(s, year=YEAR, name="城区河道日常保洁", dept="柘塘区水利局（308）",
                 unit="柘塘区河道管理所", attr="常年项目", money=one_year(130, 130, 0),
                 goals=["1.对城区68公里河道实施日常保洁；\n2.全年清运水面漂浮物900吨；\n"
                        "3.保持河面整洁、水体清澈。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "备注")
    s.row(*head)
    s.table([
        ("产出指标", "数量指标", "日常保洁河道长度", "≥68公里", None),
        (None, None, "清运水面漂浮物", "≥900吨", "按季度统计"),
        (None, "质量指标", "河面保洁达标率", pct(0.95), None),
        (None, "时效指标", "汛期突发漂浮物清理时限", "≤24小时", None),
        (None, "成本指标", "每公里河道年保洁费用", "≤1.8万元/公里", None),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    s.table([
        ("效益指标", "社会效益指标", "群众对河道环境投诉件数", "≤10件", "参考上年"),
        (None, "生态效益指标", "河道断面水质达标率", "≥90%", None),
        (None, "可持续影响指标", "河道长效保洁机制", "有效运行", None),
    ], merged=(1, 2))  # fmt: skip
    s.row(*head)
    s.row("满意度指标", "服务对象满意度指标", "沿河居民满意度", "≥90%", None)
    sign_lines(s, "许国栋", "0512-8862047")
    return b


@variant("nm09-seq-tier-and-duplicate", (2, 5),
         "project, NAT-2021, 序号 column, tier-1 on every row, header repeated after a page "
         "break: a 时效指标 under 效益指标 and an indicator repeated after the break with "
         "another value; 2 planted mistakes")  # fmt: skip
def nm09() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(8, 12, 16, 28, 18, 14))
    project_head(
        s,
        year=YEAR,
        name="农村公路日常养护",
        dept="麓川县交通运输局（221）",
        unit="麓川县公路事务中心",
        attr="常年项目",
        money=one_year(200, 180, 20),
        goals=["对全县320公里农村公路开展日常养护，\n修复路面坑槽，保障水毁路段及时抢通。"],
    )
    head = ("序号", "一级指标", "二级指标", "三级指标", "指标值", "备注")
    s.row(*head)
    rows_out(s, numbered([
        (P, "数量指标", "养护农村公路里程", "≥320公里", None),
        (P, "数量指标", "修复路面坑槽面积", "≥5000平方米", None),
        (P, "质量指标", "路面技术状况优良率", "≥80%", "参考上年"),
        (B, mk("时效指标", "F105", "error", row=True,
               note="时效指标 belongs under 产出指标, not 效益指标"),
         "水毁路段抢通时限", "≤48小时", None),
        (C, "经济成本指标", "每公里农村公路年养护成本", "≤0.6万元/公里", None),
        (B, "社会效益指标", "沿线受益群众", "≥4.5万人", None),
        (B, "可持续影响指标", "农村公路养护管理长效机制", "健全", None),
        head,
        (P, "数量指标", mk("养护农村公路里程", "D102", "error", row=True, alt=("D101",),
                           note="the same indicator as row 1 with another value (300 / 320)"),
         "≥300公里", None),
        (S, "服务对象满意度指标", "沿线群众满意度", "≥90%", None),
    ]))  # fmt: skip
    return b


@variant("nm10-department-target-column", (1, 4),
         "department, NAT-2021, one value column headed 2026年目标值, 备注 notes, a =0起 "
         "accident count, a 增长率 ≤0%, a rise in 个百分点; correct")  # fmt: skip
def nm10() -> Book:
    b = Book()
    s = b.sheet("部门整体", widths=(14, 16, 32, 18, 14, 10))
    department_head(s, year=YEAR, dept="云溪市应急管理局", budget=[(1260, 1200, 60, 900, 360)],
                    tasks=[("安全生产执法检查", "对工矿商贸企业开展执法检查", 150,
                            "检查企业600家次"),
                           ("应急救援队伍建设", "救援队伍培训演练、装备补充", 130,
                            "开展培训演练12次"),
                           ("应急科普宣传", "进社区、进企业、进学校宣传", 80,
                            "宣传受众3万人次"),
                           ("金额合计", None, 360, None)],
                    goal="1.强化安全生产执法，遏制较大及以上生产安全事故；\n"
                         "2.提升应急救援能力；\n3.提高公众应急知识知晓率。")  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "2026年目标值", "备注")
    s.table([
        ("产出指标", "数量指标", "企业安全生产执法检查", "≥600家次", "按季度统计"),
        (None, None, "应急救援队伍培训演练", "≥12次", None),
        (None, None, "应急科普宣传受众", "≥3万人次", None),
        (None, "质量指标", "执法检查隐患整改完成率", "≥95%", None),
        (None, "时效指标", "突发事件信息报送时限", "≤30分钟", None),
        ("成本指标", "经济成本指标", "单次执法检查平均成本", "≤0.25万元", None),
        ("效益指标", "社会效益指标", "较大及以上生产安全事故", "=0起", "参考上年"),
        (None, None, "工矿商贸企业事故起数增长率", "≤0%", None),
        (None, "可持续影响指标", "公众应急知识知晓率较上年提高", "≥3个百分点", None),
        ("满意度指标", "服务对象满意度指标", "企业和群众满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("nm11-seq-weights-notes", (3, 4),
         "project, NAT-2021, 序号, 权重 (adding to 100) and 备注 columns, merged tiers, "
         "operators in words inside the values (不少于, 不低于, 不超过); correct")  # fmt: skip
def nm11() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", widths=(8, 12, 16, 28, 18, 8, 14))
    project_head(s, year=YEAR, name="农村生活垃圾分类推进", dept="汀兰镇人民政府（503）",
                 unit="汀兰镇环境卫生管理站", money=one_year(95, 80, 15),
                 goals=["1.在22个行政村推行生活垃圾分类，配置分类垃圾桶1500个；\n"
                        "2.提高生活垃圾资源化利用水平。"])  # fmt: skip
    s.row("序号", "一级指标", "二级指标", "三级指标", "指标值", "权重", "备注")
    s.table([
        (1, "产出指标", "数量指标", "配置分类垃圾桶", "不少于1500个", 10, None),
        (2, None, None, "覆盖行政村", "不少于22个", 10, None),
        (3, None, "质量指标", "垃圾分类投放准确率", "不低于80%", 10, "参考上年"),
        (4, None, "时效指标", "垃圾清运及时率", "不低于95%", 10, None),
        (5, "成本指标", "经济成本指标", "每吨垃圾转运成本", "不超过180元/吨", 10, None),
        (6, "效益指标", "生态效益指标", "生活垃圾资源化利用率", "不低于45%", 15, "按季度统计"),
        (7, None, "社会效益指标", "农户垃圾分类参与率", "不低于85%", 15, None),
        (8, None, "可持续影响指标", "分类收运体系运行", "长效稳定", 10, None),
        (9, "满意度指标", "服务对象满意度指标", "村民满意度", "不低于90%", 10, None),
    ], merged=(2, 3))  # fmt: skip
    sign_lines(s, "陆文清", "0731-5570326")
    return b


@variant("nm12-multi-year-target-column", (8, 12),
         "two-year project, NAT-2021, 实施期目标值 and 2026年目标值 columns: an annual count "
         "above its period count and a 年度资金总额 that is not 财政拨款 + 其他资金; "
         "2 planted mistakes")  # fmt: skip
def nm12() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", widths=(14, 16, 28, 20, 20, 14))
    money = multi_year((1600, 1400, 200), (900, 700, 150))
    money[0] = (
        "中期资金总额",
        money[0][1],
        "年度资金总额",
        mk(money[0][3], "B101", "error", note="700 + 150 = 850, not 900"),
    )
    project_head(s, year=YEAR, years=2, name="老旧小区综合改造",
                 dept="云溪市住房和城乡建设局（603）",
                 unit="云溪市城市更新中心", attr="新增项目", money=money,
                 goals=["1.至2027年完成24个老旧小区综合改造，加装电梯30部；\n"
                        "2.受益居民4800户。",
                        "1.2026年完成14个老旧小区综合改造；\n2.受益居民2600户。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "实施期目标值", "2026年目标值", "备注")
    s.table([
        ("产出指标", "数量指标", "改造老旧小区", "≥24个", "≥14个", None),
        (None, None, "加装电梯", "≥30部",
         mk("≥36部", "D201", "error", note="36 elevators in 2026 but 30 over the period")),
        (None, "质量指标", "工程竣工验收合格率", pct(1), pct(1), None),
        (None, "时效指标", "改造完成时间", "2027年12月31日前", "2026年12月31日前", None),
        ("成本指标", "经济成本指标", "户均改造成本", "≤0.3万元/户", "≤0.3万元/户", None),
        ("效益指标", "社会效益指标", "受益居民户数", "≥4800户", "≥2600户", None),
        (None, "可持续影响指标", "小区长效管理机制建立率", "≥90%", "≥80%", "按季度统计"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    return b

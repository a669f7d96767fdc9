"""Old and famous trees, street-tree pruning (古树名木保护, 行道树修剪): ta07–ta12."""

from __future__ import annotations

from tests.variants.holdout303.common import (
    YEAR,
    book,
    funds,
    funds_multi,
    notes,
    project,
    signature,
    table,
)
from tests.variants.holdout303.registry import variant
from tests.variants.kit import Book, day, mk

HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "备注")
PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
SCORE_HEAD = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant(
    "ta07-ancient-points-labels",
    (5,),
    "project, NAT-2021, tier labels numbered with "
    "points (一、产出指标（45分）, （一）数量指标), a 下降率 with ≥, 0起 on damage (correct)",
)
def ta07() -> Book:
    b, s = book()
    project(s, "古树名木普查与复壮项目", "云枥市林业和园林局 415003", funds(128, 110, 18),
            ["完成全市古树名木普查1200株，复壮衰弱古树85株，建立一树一档。"],
            unit="云枥市古树名木保护站")  # fmt: skip
    table(s, HEAD, [
        ("一、成本指标（15分）", "（一）经济成本指标", "单株古树复壮平均成本", "≤0.9万元/株",
         None),
        (None, "（二）生态环境成本指标", "复壮施工损伤古树事件", "≤0起", "施工负面影响"),
        ("二、产出指标（45分）", "（一）数量指标", "古树名木普查株数", "≥1200株", None),
        (None, None, "实施复壮古树株数", "≥85株", None),
        (None, "（二）质量指标", "复壮古树成活率", "≥95%", None),
        (None, "（三）时效指标", "普查成果入库时间", "10月31日前", None),
        ("三、效益指标（30分）", "（一）生态效益指标", "衰弱古树比例下降率", "≥10%",
         "与上年普查比"),
        (None, "（二）社会效益指标", "古树名木保护科普活动场次", "≥6场", None),
        (None, "（三）可持续影响指标", "古树名木一树一档建档率", "=100%", None),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "古树所在村（社区）群众满意度",
         "≥90%", None),
    ])  # fmt: skip
    notes(s, "注：其他资金18万元为社会认养捐赠资金。")
    signature(s, "欧阳澈", "0719-5562138", day(YEAR - 1, 12, 10))
    return b


@variant(
    "ta08-ancient-marks",
    (5, 7),
    "transfer project, OLD-NAT, labels marked * and ★ and "
    "abbreviated (产出, 数量), headers 指标内容 and 绩效标准 (correct)",
)
def ta08() -> Book:
    b, s = book()
    project(s, "乡村古树群保护补助资金", "枫泽县林业局 312011", funds(75, 60, 15),
            ["对全县14处乡村古树群280株古树落实日常养护补助，古树保存率100%。"],
            attr="专项转移支付", unit="枫泽县各乡镇人民政府")  # fmt: skip
    table(s, ("一级指标", "二级指标", "指标内容", "绩效标准", "备注"), [
        ("*产出", "数量", "★补助养护古树株数", "≥280株", "核心指标"),
        (None, None, "覆盖乡村古树群", "≥14处", None),
        (None, "质量", "★补助古树保存率", "=100%", "核心指标"),
        (None, "时效", "补助资金拨付时间", "6月30日前", None),
        (None, "成本", "单株年养护补助标准", "≤0.25万元/株", None),
        ("*效益", "社会效益", "古树群所在村护绿公约签订率", "≥90%", None),
        (None, "生态效益", "古树群周边林地保有面积", "≥320亩", None),
        ("*满意度", "服务对象满意度", "受补助村民满意度", "≥90%", None),
    ])  # fmt: skip
    notes(s, "填表说明：带★的为核心指标，不得删除；带*的一级指标为必填项。")
    signature(s, "包静姝", "0631-7402265", day(YEAR - 1, 12, 15))
    return b


@variant(
    "ta09-pruning-wrong-parent",
    (4, 5),
    "project, NAT-2021, numbered labels, a note row "
    "between tiers: a 效益 tier-2 under 产出 and a rate given as a count",
)
def ta09() -> Book:
    b, s = book()
    project(s, "主干道行道树整形修剪项目", "鹭栖市城市管理局 350207", funds(64, 64, 0),
            ["完成主干道8600株行道树整形修剪，消除枝条遮挡照明和交通标志。"],
            unit="鹭栖市园林养护所")  # fmt: skip
    wrong = mk("3.社会效益指标", "F105", "error", note="社会效益指标 belongs under 效益指标")
    count = mk("≥8000株", "T105", "error", note="合格率 given as a count of trees")
    table(s, HEAD, [
        ("一、产出指标", "1.数量指标", "修剪行道树株数", "≥8600株", None),
        (None, None, "清运修剪枝条", "≥120吨", None),
        (None, "2.质量指标", "修剪作业合格率", count, None),
        (None, wrong, "照明及交通标志遮挡消除率", "≥98%", None),
        (None, "4.时效指标", "冬季修剪完成时间", "2026年3月31日前", None),
        ("二、成本指标", "1.经济成本指标", "单株修剪成本", "≤70元/株", None),
    ])  # fmt: skip
    s.row("注：修剪按《鹭栖市行道树修剪作业规程》执行，保留树冠完整。", merge=[(1, 5)])
    s.table([
        ("三、效益指标", "1.生态效益指标", "修剪枝条资源化利用率", "≥60%", None),
        (None, "2.可持续影响指标", "行道树树冠完整率", "≥90%", None),
        ("四、满意度指标", "1.服务对象满意度指标", "沿线市民满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "填表说明：指标值须写明比较符、数值和单位。", width=5)
    signature(s, "伍嘉禾", "0592-4418725", day(YEAR - 1, 11, 28))
    return b


@variant(
    "ta10-street-trees-period",
    (8,),
    "three-year project, OLD-NAT, 中期 and 年度 columns: "
    "annual counts below period counts, rates equal, a 百分点 change (correct)",
)
def ta10() -> Book:
    b, s = book()
    project(s, "行道树补植与树穴改造三年行动", "苇汀区城市管理局 208114",
            funds_multi((540, 480, 60), (190, 170, 20)),
            ["三年补植行道树3600株，改造透水树穴9000个，道路林荫化率提高6个百分点。",
             "补植行道树1300株，改造透水树穴3000个，补植苗木成活率95%以上。"],
            years=3, attr="新增项目", unit="苇汀区园林绿化服务中心")  # fmt: skip
    table(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "补植行道树株数", "≥3600株", "≥1300株"),
        (None, None, "透水树穴改造数量", "≥9000个", "≥3000个"),
        (None, "质量指标", "补植苗木成活率", "≥95%", "≥95%"),
        (None, "时效指标", "补植任务完成时间", "每年4月30日前", "2026年4月30日前"),
        (None, "成本指标", "单株补植综合成本", "≤0.12万元/株", "≤0.12万元/株"),
        ("效益指标", "社会效益指标", "主次干道行道树缺株率", "≤2%", "≤2%"),
        (None, "生态效益指标", "道路林荫化率提高", "≥6百分点", "≥2百分点"),
        ("满意度指标", "服务对象满意度指标", "沿街居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "甘露白", "0735-6631907", day(YEAR - 1, 11, 24))
    return b


@variant(
    "ta11-ancient-period-copied",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 "
    "columns: 年度目标 copied from 中期目标, two cumulative counts copied",
)
def ta11() -> Book:
    b, s = book()
    goal = "三年内对150株衰弱古树实施一树一策复壮，为40株高大古树安装避雷装置。"
    copied = mk(goal, "D204", "warning", note="年度目标 word for word the 中期目标")
    project(s, "古树名木一树一策保护三年计划", "鹭栖市林业局 350211",
            funds_multi((450, 450, 0), (150, 150, 0)), [goal, copied],
            years=3, attr="新增项目", unit="鹭栖市古树名木保护中心")  # fmt: skip
    note = "cumulative count copied from the 中期 column of a three-year project"
    table(s, PERIOD_HEAD, [
        ("成本指标", "经济成本指标", "单株古树复壮成本", "≤0.8万元/株", "≤0.8万元/株"),
        ("产出指标", "数量指标", "复壮衰弱古树株数", "≥150株",
         mk("≥150株", "D202", "warning", note=note)),
        (None, None, "安装避雷装置古树株数", "≥40株",
         mk("≥40株", "D202", "warning", note=note)),
        (None, None, "古树健康巡查次数", "≥36次", "≥12次"),
        (None, "质量指标", "复壮古树成活率", "≥95%", "≥95%"),
        (None, "时效指标", "年度复壮任务完成时间", "2028年10月31日前", "2026年10月31日前"),
        ("效益指标", "生态效益指标", "古树长势改善率", "≥80%", "≥80%"),
        (None, "社会效益指标", "古树名木保护宣传覆盖社区", "≥60个", "≥20个"),
        ("满意度指标", "服务对象满意度指标", "古树周边居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "程南乔", "0592-4460133", day(YEAR - 1, 12, 3))
    return b


@variant(
    "ta12-pest-points",
    (10,),
    "project, NAT-2021, tier-1 score column and indicator score "
    "column both adding to 100, rate changes in 百分点, a 下降率 with ≥ (correct)",
)
def ta12() -> Book:
    b, s = book(widths=(14, 8, 16, 30, 16, 8))
    project(s, "行道树病虫害绿色防控项目", "鹭栖市城市管理局 350207", funds(58, 50, 8),
            ["对12000株行道树实施病虫害绿色防控，化学农药用量下降20%以上。"],
            unit="鹭栖市园林植保站")  # fmt: skip
    table(s, SCORE_HEAD, [
        ("成本指标", 10, "经济成本指标", "每株年防治成本", "≤45元/株", 10),
        ("产出指标", 50, "数量指标", "防控行道树株数", "≥12000株", 20),
        (None, None, None, "悬挂诱虫装置", "≥600套", 10),
        (None, None, "质量指标", "主要害虫防治效果", "≥85%", 10),
        (None, None, "时效指标", "一代幼虫期防治完成时间", "6月30日前", 10),
        ("效益指标", 30, "生态效益指标", "化学农药使用量下降率", "≥20%", 10),
        (None, None, "社会效益指标", "行道树虫害投诉率较上年降低", "≥3百分点", 10),
        (None, None, "可持续影响指标", "绿色防控技术覆盖率较上年提高", "≥5百分点", 10),
        ("满意度指标", 10, "服务对象满意度指标", "沿线市民满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    notes(s, "注：一级指标分值与三级指标分值各自合计100分，两者不相加。")
    signature(s, "伍嘉禾", "0592-4418725", day(YEAR - 1, 11, 28))
    return b

"""应急管理 disaster-prevention special funds: a two-line header, numbered tier labels with
points, a 分值 column, a header repeated after a page break, 填报说明 and signature lines."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout13.common import sign
from tests.variants.holdout13.registry import variant
from tests.variants.kit import WAN, Book, Sheet, day, mk, money, pct


def two_line_header(s: Sheet) -> None:
    s.row("绩效指标", None, None, "指标值", "分值", "备注", merge=[(1, 3)])
    s.row("一级指标", "二级指标", "三级指标", None, None, None)
    for c in (4, 5, 6):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)


@variant("y05-geohazard-ok", (4, 5, 10), "project, two-line header, numbered labels with points")
def y05() -> Book:
    b = Book()
    s = b.sheet("绩效目标", (18, 18, 30, 20, 8, 20))
    project_head(s, year=2025, name="青崖县地质灾害防治专项资金", dept="青崖县应急管理局",
                 unit="青崖县自然灾害防治中心", attr="延续项目", money=[
                     ("年度资金总额", money(860, WAN), "其中：财政拨款", money(800, WAN)),
                     ("其他资金", money(60, WAN), "其中：上年结转", money(0, WAN))],
                 goals=("新建普适型监测点120个，汛期预警覆盖全部隐患点，"
                        "实现因灾零死亡。",))  # fmt: skip
    two_line_header(s)
    s.table([
        ("一、成本指标（15分）", "1.经济成本指标", "普适型监测设备单价", "≤2.8万元/套", 5, None),
        (None, "2.社会成本指标", "避险转移群众临时安置补助", "≤300元/人", 5, "按日计"),
        (None, "3.生态环境成本指标", "治理工程临时占用林地", "≤2亩", 5, "施工后复绿"),
        ("二、产出指标（40分）", "1.数量指标", "新建普适型监测点", "≥120个", 10, None),
        (None, None, "群测群防培训", "≥36场次", 5, None),
        (None, "2.质量指标", "监测设备在线率", "95%以上", 10, None),
    ], merged=(1, 2))  # fmt: skip
    s.row("（续表）")
    two_line_header(s)
    s.table([
        ("二、产出指标（40分）", "2.质量指标", "预警信息发布覆盖率", pct(1.0), 5, None),
        (None, "3.时效指标", "险情核查响应时间", "≤2小时", 5, None),
        (None, None, "隐患点治理工程完工", day(2025, 11, 30, 'yyyy"年"m"月"d"日前"'), 5, None),
        ("三、效益指标（30分）", "1.社会效益指标", "因灾死亡失踪人员", "0人", 10, "零死亡目标"),
        (None, None, "群众防灾避险意识", "有效提升", 5, None),
        (None, "2.经济效益指标", "避免直接经济损失", "≥800万元", 5, "据历年灾情测算"),
        (None, "3.可持续影响指标", "群测群防体系运行", "长效稳定", 10, None),
        ("四、满意度指标（15分）", "服务对象满意度指标", "受威胁群众满意度", "不低于90%", 15,
         None),
    ], merged=(1, 2))  # fmt: skip
    s.row("合计", None, None, None, 100, None, merge=[(1, 4)])
    s.row("填报说明：1.一级、二级指标不得修改；2.分值合计100分；3.预算执行率另行评价，不列入本表。",
          merge=[(1, 6)])  # fmt: skip
    sign(s, 2025, who="黄可", boss="谭建业")
    return b


@variant("y06-flood-prevention-wrong", (5, 12), "project, 指标性质 as operator, planted tiers/year")
def y06() -> Book:
    b = Book()
    b.file_mark("F106", "error", note="no 满意度指标 although flood-affected residents are served")
    s = b.sheet("Sheet1", (16, 18, 30, 14, 14, 14))
    project_head(s, year=2025, name="溪口镇山洪灾害防御专项", dept="梅林县应急管理局",
                 unit="梅林县防汛抗旱服务站", start=mk(day(2023, 1, 1), "Y102", "error",
                                                      alt=("Y101", "Y104")),
                 money=[("年度资金总额", money(420, WAN), "其中：财政拨款", money(420, WAN)),
                        ("其他资金", money(0, WAN), None, None)],
                 goals=("完成溪口镇山洪预警广播站建设24处，汛期预警信息及时发布。",))  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    s.table([
        ("成本指标", "经济成本指标", "预警广播站建设单价", "小于等于", 15, "万元/处"),
        (None, "社会成本指标", "施工临时断电", "小于等于", 2, "次"),
        ("产出指标", "数量指标", "新建预警广播站", "大于等于", 24, "处"),
        (None, None, "修订镇村防御预案", "大于等于", 18, "份"),
        (None, "质量指标", "预警广播站验收合格率", "等于", 100, "%"),
        (None, "时效指标", "预警信息发布时限", "小于等于", 15, "分钟"),
        (None, mk("可持续影响指标", "F105", "error", note="a 效益 tier-2 under 产出"),
         "防御预案年度更新", "定性", "常态化", None),
        ("效益指标", "社会效益指标", "山洪灾害因灾伤亡", "等于", 0, "人"),
        (None, None, "危险区群众转移避险", "定性", "及时有序", None),
    ], merged=(1, 2))  # fmt: skip
    sign(s, 2025, who="罗晓慧", boss="杜成")
    return b
